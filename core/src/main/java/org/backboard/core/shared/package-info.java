/** Tiny shared types: field problems, conflicts, text helpers. */
package org.backboard.core.shared;

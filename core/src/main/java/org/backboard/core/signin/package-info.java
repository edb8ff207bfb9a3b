/** Signing in: throttling of failed attempts and the audit of sessions. */
package org.backboard.core.signin;

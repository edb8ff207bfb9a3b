/** The audit trail: who read or changed what, and when. */
package org.backboard.core.audit;

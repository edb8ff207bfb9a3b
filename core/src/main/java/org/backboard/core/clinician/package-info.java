/** Clinicians (the users), their roles, and the first-lead setup. */
package org.backboard.core.clinician;

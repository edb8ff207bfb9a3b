/** Patients: registration, demographic details, caseload assignment and archiving. */
package org.backboard.core.patient;

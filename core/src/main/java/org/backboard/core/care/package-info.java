/**
 * Care of one patient: episodes, check-ins and red flags as a clinician records and reviews them.
 * Access follows the patient's caseload, and every read and change goes to the audit trail.
 */
package org.backboard.core.care;

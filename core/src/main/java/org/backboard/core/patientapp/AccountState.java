package org.backboard.core.patientapp;

/** Whether a patient's app account can be used. */
public enum AccountState {
    ACTIVE,
    /** A therapist ended access. */
    REVOKED,
    /** Care ended: the last open episode was discharged or the patient archived. */
    ENDED
}

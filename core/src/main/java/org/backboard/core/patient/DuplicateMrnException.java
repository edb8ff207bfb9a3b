package org.backboard.core.patient;

/** The store refused a patient because another one already has the MRN. */
public class DuplicateMrnException extends RuntimeException {

    public static final String MESSAGE = "Another patient already has this MRN";

    public DuplicateMrnException() {
        super(MESSAGE);
    }
}

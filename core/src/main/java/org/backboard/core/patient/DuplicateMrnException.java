package org.backboard.core.patient;

/** The store refused a patient because another one already has the MRN. */
public class DuplicateMrnException extends RuntimeException {

    public DuplicateMrnException(Mrn mrn) {
        super("Another patient already has this MRN");
    }
}

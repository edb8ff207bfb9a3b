package org.backboard.core.patient;

/** The store refused a patient because another one already has the MRN. */
public class DuplicateMrnException extends RuntimeException {

    public DuplicateMrnException(Mrn mrn) {
        super("MRN " + mrn.value() + " is already registered to another patient");
    }
}

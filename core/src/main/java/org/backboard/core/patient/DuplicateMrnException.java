package org.backboard.core.patient;

/**
 * The store refused a patient because another one already has the MRN. Callers turn it into
 * {@link PatientService#refuseTakenMrn}, which words the refusal for the actor and audits it.
 */
public class DuplicateMrnException extends RuntimeException {

    public DuplicateMrnException() {
        super("another patient already has this MRN");
    }
}

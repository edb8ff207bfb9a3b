package org.backboard.core.care;

import org.backboard.core.patient.PatientId;

/**
 * Port: the public addresses of the clinicians' pages, for links in mail. A link names a record by
 * its id only, which tells nothing to anyone who cannot sign in and see it.
 */
public interface CareLinks {

    /** The patient's page, where their open red flags are shown first. */
    String patientPage(PatientId patient);
}

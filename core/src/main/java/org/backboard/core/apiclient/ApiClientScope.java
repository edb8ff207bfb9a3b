package org.backboard.core.apiclient;

import java.util.Objects;
import org.backboard.core.clinician.ClinicianId;

/** What an API client may read: the whole clinic, or the patients of one therapist's caseload. */
public sealed interface ApiClientScope {

    /** The caseload rule for clients: whether a patient of this therapist is within the scope. */
    boolean covers(ClinicianId therapist);

    /** Every patient of the clinic. */
    record WholeClinic() implements ApiClientScope {
        @Override
        public boolean covers(ClinicianId therapist) {
            return true;
        }
    }

    /** The patients assigned to one therapist, as assigned at the moment of each read. */
    record Caseload(ClinicianId therapist) implements ApiClientScope {
        public Caseload {
            Objects.requireNonNull(therapist, "therapist");
        }

        @Override
        public boolean covers(ClinicianId patientsTherapist) {
            return therapist.equals(patientsTherapist);
        }
    }
}

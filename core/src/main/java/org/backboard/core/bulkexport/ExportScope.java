package org.backboard.core.bulkexport;

import java.util.Objects;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClientScope;
import org.backboard.core.clinician.ClinicianId;

/**
 * Whose records a job exports: the whole clinic ({@code /fhir/$export}) or one therapist's caseload,
 * the FHIR Group whose id is that therapist's clinician id ({@code /fhir/Group/{id}/$export}). A
 * caseload is the patients assigned to the therapist when each batch is read.
 */
public sealed interface ExportScope {

    /** The therapist whose caseload this is; empty for the whole clinic. */
    Optional<ClinicianId> therapist();

    /** Whether a client of that scope may export this: a caseload client only its own therapist's group. */
    default boolean within(ApiClientScope allowed) {
        return therapist().map(allowed::covers).orElse(allowed instanceof ApiClientScope.WholeClinic);
    }

    record WholeClinic() implements ExportScope {
        @Override
        public Optional<ClinicianId> therapist() {
            return Optional.empty();
        }
    }

    record Caseload(ClinicianId therapistId) implements ExportScope {
        public Caseload {
            Objects.requireNonNull(therapistId, "therapist");
        }

        @Override
        public Optional<ClinicianId> therapist() {
            return Optional.of(therapistId);
        }
    }

    static ExportScope wholeClinic() {
        return new WholeClinic();
    }

    static ExportScope caseload(ClinicianId therapist) {
        return new Caseload(therapist);
    }
}

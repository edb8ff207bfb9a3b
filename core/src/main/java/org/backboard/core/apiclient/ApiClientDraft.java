package org.backboard.core.apiclient;

import java.time.LocalDate;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;

/**
 * What a lead fills in to register a client: its name, whose caseload it may read (empty: the whole
 * clinic) and the last day it may be used. Nulls are what an empty form gives; the service says so.
 */
public record ApiClientDraft(String name, Optional<ClinicianId> caseloadOf, LocalDate lastDay) {

    public ApiClientDraft {
        caseloadOf = caseloadOf == null ? Optional.empty() : caseloadOf;
    }
}

package org.backboard.core.patient;

import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.Texts;

/**
 * Which patients a roster shows: an optional name/MRN search, an optional therapist, and
 * whether archived patients are included. Commas in a search separate words, so the name as
 * the roster shows it ("Family, Given") finds the patient.
 */
public record RosterQuery(Optional<String> search, Optional<ClinicianId> therapist, boolean includeArchived) {

    public RosterQuery {
        search = search.map(s -> s.replace(',', ' ')).flatMap(Texts::trimToEmpty)
                .map(s -> s.length() > 100 ? s.substring(0, 100) : s);
    }

    public static RosterQuery everyone() {
        return new RosterQuery(Optional.empty(), Optional.empty(), false);
    }

    public RosterQuery forTherapist(ClinicianId id) {
        return new RosterQuery(search, Optional.of(id), includeArchived);
    }
}

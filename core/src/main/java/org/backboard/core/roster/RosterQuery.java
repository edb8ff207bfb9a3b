package org.backboard.core.roster;

import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.Texts;

/**
 * Which patients a roster shows: an optional name/MRN search, an optional therapist, whether
 * archived patients are included, and optional clinical filters (the stage of the patient's open
 * episodes, open red flags). Commas in a search separate words, so the name as the roster shows
 * it ("Family, Given") finds the patient.
 */
public record RosterQuery(
        Optional<String> search,
        Optional<ClinicianId> therapist,
        boolean includeArchived,
        Optional<StageFilter> stage,
        Optional<FlagFilter> flags) {

    public RosterQuery {
        search = search.map(s -> s.replace(',', ' ')).flatMap(Texts::trimToEmpty)
                .map(s -> s.length() > 100 ? s.substring(0, 100) : s);
    }

    public RosterQuery(Optional<String> search, Optional<ClinicianId> therapist, boolean includeArchived) {
        this(search, therapist, includeArchived, Optional.empty(), Optional.empty());
    }

    public static RosterQuery everyone() {
        return new RosterQuery(Optional.empty(), Optional.empty(), false);
    }

    public RosterQuery forTherapist(ClinicianId id) {
        return new RosterQuery(search, Optional.of(id), includeArchived, stage, flags);
    }

    public RosterQuery withStage(Optional<StageFilter> newStage) {
        return new RosterQuery(search, therapist, includeArchived, newStage, flags);
    }

    public RosterQuery withFlags(Optional<FlagFilter> newFlags) {
        return new RosterQuery(search, therapist, includeArchived, stage, newFlags);
    }
}

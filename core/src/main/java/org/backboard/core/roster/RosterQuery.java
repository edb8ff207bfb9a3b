package org.backboard.core.roster;

import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.Texts;

/**
 * Which patients a roster shows: an optional name/MRN search, an optional therapist, whether
 * archived patients are included, and optional clinical filters (the stage of the patient's open
 * episodes, open red flags). Commas in a search separate words, so the name as the roster shows
 * it ("Family, Given") finds the patient. A search is never refused here: what the database
 * cannot take is replaced, and the view says what was wrong on its field.
 */
public record RosterQuery(
        Optional<String> search,
        Optional<ClinicianId> therapist,
        boolean includeArchived,
        Optional<StageFilter> stage,
        Optional<FlagFilter> flags) {

    public RosterQuery {
        // a forged search (from the address) never reaches the database with text it cannot take
        search = search.map(s -> Texts.storable(s, Texts.Shape.LINES).replace(',', ' ')).flatMap(Texts::trimToEmpty)
                .map(s -> Texts.truncate(s, 100));
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

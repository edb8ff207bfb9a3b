package org.backboard.core.symptom;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.shared.Texts;

/**
 * One point on an episode's symptom timeline: pain and stiffness (0-10) when they were asked, the
 * symptoms present, the red-flag answers that were "yes", and an optional note. It records at least
 * one of these (a phone call about a red flag need not score anything). Check-ins are never edited.
 */
public record CheckIn(
        UUID id,
        EpisodeId episode,
        Instant takenAt,
        CheckInSource source,
        Optional<PainScore> pain,
        Optional<PainScore> stiffness,
        Set<Symptom> symptoms,
        Set<RedFlag> redFlags,
        Optional<String> note,
        Optional<ClinicianId> recordedBy) {

    public static final int NOTE_MAX_LENGTH = 2000;
    public static final String NOTHING_RECORDED =
            "Record at least one of pain, stiffness, a symptom, a red-flag answer or a note";

    public CheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(takenAt, "taken at");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedBy, "recorded by");
        if (recordedBy.isEmpty() && source != CheckInSource.PATIENT_REPORTED) {
            throw new IllegalArgumentException("only a patient's own check-in names no clinician");
        }
        symptoms = Set.copyOf(symptoms);
        redFlags = Set.copyOf(redFlags);
        note = note.map(Texts::strip).filter(text -> !text.isEmpty());
        if (note.map(String::length).orElse(0) > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("A note has at most " + NOTE_MAX_LENGTH + " characters");
        }
        if (pain.isEmpty() && stiffness.isEmpty() && symptoms.isEmpty() && redFlags.isEmpty() && note.isEmpty()) {
            throw new IllegalArgumentException(NOTHING_RECORDED);
        }
    }

    /** A check-in a clinician recorded. */
    public CheckIn(UUID id, EpisodeId episode, Instant takenAt, CheckInSource source, Optional<PainScore> pain,
                   Optional<PainScore> stiffness, Set<Symptom> symptoms, Set<RedFlag> redFlags, Optional<String> note,
                   ClinicianId recordedBy) {
        this(id, episode, takenAt, source, pain, stiffness, symptoms, redFlags, note, Optional.of(recordedBy));
    }
}

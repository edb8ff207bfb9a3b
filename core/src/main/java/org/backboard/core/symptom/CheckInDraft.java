package org.backboard.core.symptom;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Texts;

/** The check-in form as typed; {@link #problems} names every rule it breaks, by field. */
public record CheckInDraft(
        LocalDateTime takenAt,
        CheckInSource source,
        Integer pain,
        Integer stiffness,
        Set<Symptom> symptoms,
        Set<RedFlag> redFlags,
        String note) {

    /**
     * A check-in belongs between the symptom onset and today (or the discharge date of a closed
     * episode); the date is compared in the clinic's time zone.
     */
    public List<FieldProblem> problems(Episode episode, LocalDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (takenAt == null) {
            problems.add(new FieldProblem("takenAt", "Enter the date and time of the check-in"));
        } else if (takenAt.isAfter(now)) {
            problems.add(new FieldProblem("takenAt", "A check-in cannot be in the future"));
        } else if (takenAt.toLocalDate().isBefore(episode.details().onset().date())) {
            problems.add(new FieldProblem("takenAt", "A check-in cannot be before the symptom onset ("
                    + episode.details().onset().display() + ")"));
        } else {
            Optional<LocalDate> discharged = episode.discharge().map(Discharge::date);
            if (discharged.filter(takenAt.toLocalDate()::isAfter).isPresent()) {
                problems.add(new FieldProblem("takenAt", "A check-in cannot be after the episode's discharge"));
            }
        }
        if (source == null) {
            problems.add(new FieldProblem("source", "Choose how the check-in was taken"));
        }
        scoreProblem("pain", "Pain", pain).ifPresent(problems::add);
        // only what the clinician knows is asked for: a phone call may record a red-flag answer alone
        scoreProblem("stiffness", "Stiffness", stiffness).ifPresent(problems::add);
        Texts.problem(note, Texts.Shape.LINES, CheckIn.NOTE_MAX_LENGTH,
                "A note has at most " + CheckIn.NOTE_MAX_LENGTH + " characters")
                .ifPresent(message -> problems.add(new FieldProblem("note", message)));
        if (pain == null && stiffness == null && isEmpty(symptoms) && isEmpty(redFlags)
                && Texts.isBlank(note)) {
            problems.add(new FieldProblem("checkIn", CheckIn.NOTHING_RECORDED));
        }
        return problems;
    }

    private static Optional<FieldProblem> scoreProblem(String field, String label, Integer score) {
        if (score != null && (score < 0 || score > 10)) {
            return Optional.of(new FieldProblem(field, label + " is a whole number from 0 to 10"));
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Set<?> answers) {
        return answers == null || answers.isEmpty();
    }

    /** The patient's own check-in: reported now, in their own app. */
    public CheckInDraft fromPatientNow(LocalDateTime now) {
        return new CheckInDraft(now, CheckInSource.PATIENT_REPORTED, pain, stiffness, symptoms, redFlags, note);
    }

    /** Only call when {@link #problems} is empty; no clinician for a patient's own check-in. */
    public CheckIn toCheckIn(Episode episode, ZoneId zone, Optional<ClinicianId> recordedBy) {
        return new CheckIn(UUID.randomUUID(), episode.id(), takenAt.atZone(zone).toInstant(), source,
                Optional.ofNullable(pain).map(PainScore::new), Optional.ofNullable(stiffness).map(PainScore::new),
                symptoms == null ? Set.of() : symptoms,
                redFlags == null ? Set.of() : redFlags, Optional.ofNullable(note), recordedBy);
    }
}

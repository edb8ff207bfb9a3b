package org.backboard.core.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.symptom.PainScore;
import org.backboard.core.shared.Texts;

/** The session form as typed; checked against the program version in force on the session's day. */
public record SessionDraft(LocalDate date, Set<ExerciseId> completed, Integer painDuring, Integer painAfter,
                           boolean tooHard, String note, SessionSource source) {

    public List<FieldProblem> problems(Program program, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ProgramVersion> inForce = Optional.empty();
        if (date == null) {
            problems.add(new FieldProblem("date", "Enter the day of the session"));
        } else if (date.isAfter(today)) {
            problems.add(new FieldProblem("date", "A session cannot be in the future"));
        } else if (date.isBefore(program.startDate())) {
            problems.add(new FieldProblem("date", "The program starts on " + program.startDate()));
        } else {
            inForce = program.inForceOn(date);
        }
        if (completed == null || completed.isEmpty()) {
            problems.add(new FieldProblem("completed", "Tick the exercises the patient did"));
        } else if (inForce.isPresent() && !completed.stream().allMatch(inForce.get()::prescribes)) {
            problems.add(new FieldProblem("completed", "Only exercises prescribed on that day can be ticked"));
        }
        scoreProblem("painDuring", painDuring).ifPresent(problems::add);
        scoreProblem("painAfter", painAfter).ifPresent(problems::add);
        Texts.problem(note, Texts.Shape.LINES, ExerciseSession.MAX_NOTE, "A note has at most 1000 characters")
                .ifPresent(message -> problems.add(new FieldProblem("note", message)));
        if (source == null) {
            problems.add(new FieldProblem("source", "Choose how the session was reported"));
        }
        return problems;
    }

    private static Optional<FieldProblem> scoreProblem(String field, Integer score) {
        return score != null && (score < 0 || score > 10)
                ? Optional.of(new FieldProblem(field, "Pain is a whole number from 0 to 10"))
                : Optional.empty();
    }

    /** Only call when {@link #problems} is empty. */
    public ExerciseSession toSession(Program program, ClinicianId by, Instant at) {
        return toSession(program, Optional.of(by), at);
    }

    /** Only call when {@link #problems} is empty; no clinician when the patient reports in their app. */
    public ExerciseSession toSession(Program program, Optional<ClinicianId> by, Instant at) {
        return new ExerciseSession(SessionId.newId(), program.id(), program.patient(), date, completed,
                Optional.ofNullable(painDuring).map(PainScore::new), Optional.ofNullable(painAfter).map(PainScore::new),
                tooHard, note, source, by, at);
    }

    /** The same session as reported by the patient in their own app. */
    public SessionDraft fromPatientApp() {
        return new SessionDraft(date, completed, painDuring, painAfter, tooHard, note, SessionSource.PATIENT_APP);
    }
}

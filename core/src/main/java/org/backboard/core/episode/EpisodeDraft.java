package org.backboard.core.episode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backboard.core.shared.FieldProblem;

/** The episode form as typed; {@link #problems} names every rule it breaks, by field. */
public record EpisodeDraft(
        BodyRegion region,
        LocalDate onsetDate,
        OnsetPrecision onsetPrecision,
        LocalDate startDate,
        WorkingDiagnosis diagnosis,
        PainType painType,
        Set<RiskFactor> riskFactors) {

    /**
     * The dates lie between the patient's birth and today, which bounds every later date of the
     * episode too (check-ins, programs, sessions, questionnaires and discharge follow the onset or
     * the start).
     */
    public List<FieldProblem> problems(LocalDate asOf, LocalDate bornOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (region == null) {
            problems.add(new FieldProblem("region", "Choose the body region"));
        }
        // a month-precise onset counts from the month's first day, in every check
        boolean onsetInRange = false;
        if (onsetDate == null) {
            problems.add(new FieldProblem("onsetDate", "Symptom onset is required (an approximate month will do)"));
        } else if (onset().date().isAfter(asOf)) {
            problems.add(new FieldProblem("onsetDate", "Symptom onset cannot be in the future"));
        } else if (onset().date().isBefore(bornOn.withDayOfMonth(1))
                || onsetPrecision != OnsetPrecision.MONTH && onset().date().isBefore(bornOn)) {
            problems.add(new FieldProblem("onsetDate", "Symptom onset cannot be before the patient's birth ("
                    + bornOn + ")"));
        } else {
            onsetInRange = true;
        }
        if (startDate == null) {
            problems.add(new FieldProblem("startDate", "The episode's start date is required"));
        } else if (startDate.isAfter(asOf)) {
            problems.add(new FieldProblem("startDate", "The episode cannot start in the future"));
        } else if (startDate.isBefore(bornOn)) {
            problems.add(new FieldProblem("startDate", "The episode cannot start before the patient's birth ("
                    + bornOn + ")"));
        } else if (onsetInRange && onset().date().isAfter(startDate)) {
            problems.add(new FieldProblem("onsetDate", "Symptom onset cannot be after the episode's start"));
        }
        if (diagnosis == null) {
            problems.add(new FieldProblem("diagnosis", "Choose a working diagnosis (Other if unsure)"));
        }
        if (painType == null) {
            problems.add(new FieldProblem("painType", "Choose the pain type"));
        }
        return problems;
    }

    public SymptomOnset onset() {
        return new SymptomOnset(onsetDate, onsetPrecision == null ? OnsetPrecision.DAY : onsetPrecision);
    }

    /** Only call when {@link #problems} is empty. */
    public EpisodeDetails toDetails() {
        return new EpisodeDetails(region, onset(), startDate, diagnosis, painType,
                riskFactors == null ? Set.of() : riskFactors);
    }
}

package org.backboard.core.clinic;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.episode.ChronicityStage;
import org.backboard.core.outcome.PainChange;
import org.backboard.core.program.Adherence;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.symptom.PainScore;

/** Computes the clinic outcomes for today, for leads only; the read is audited. */
public class ClinicOutcomesService {

    private final ClinicFigures figures;
    private final Clinicians clinicians;
    private final AuditTrail audit;
    private final Clock clock;

    public ClinicOutcomesService(ClinicFigures figures, Clinicians clinicians, AuditTrail audit, Clock clock) {
        this.figures = figures;
        this.clinicians = clinicians;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ClinicOutcomes today(Actor claimed) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        if (!actor.isLead()) {
            throw new NotPermittedException("Only clinic leads see the clinic's outcomes");
        }
        audit.record(AuditEvent.onClinic(clock.instant(), actor.id(), AuditAction.CLINIC_OUTCOMES_VIEWED,
                "clinic_outcomes", "clinic"));
        LocalDate today = LocalDate.now(clock);
        return compute(figures, today);
    }

    static ClinicOutcomes compute(ClinicFigures figures, LocalDate today) {
        Map<ChronicityStage, Long> stages = new EnumMap<>(ChronicityStage.class);
        for (ChronicityStage stage : ChronicityStage.values()) {
            stages.put(stage, 0L);
        }
        for (ClinicFigures.OnsetCount open : figures.openOnsets()) {
            LocalDate onset = open.onset().isAfter(today) ? today : open.onset();
            stages.merge(Chronicity.of(onset, today).stage(), open.patients(), Long::sum);
        }
        List<ClinicOutcomes.Improvement> improvement = new ArrayList<>();
        Optional<ClinicOutcomes.MeanReduction> reduction = Optional.empty();
        for (int week : ClinicOutcomes.WEEKS) {
            List<ClinicFigures.PainPair> pairs = figures.painAtWeek(week, today.minusDays(7L * week));
            long episodes = 0;
            long improved = 0;
            for (ClinicFigures.PainPair pair : pairs) {
                episodes += pair.episodes();
                if (PainChange.between(new PainScore(pair.baseline()), new PainScore(pair.atWeek()))
                        .isImportantImprovement()) {
                    improved += pair.episodes();
                }
            }
            improvement.add(new ClinicOutcomes.Improvement(week, episodes, improved));
            if (week == 12) {
                reduction = meanReduction(pairs);
            }
        }
        Map<Adherence.Level, Long> adherence = new EnumMap<>(Adherence.Level.class);
        for (Adherence.Level level : Adherence.Level.values()) {
            adherence.put(level, 0L);
        }
        long nothingPrescribed = 0;
        for (ClinicFigures.SessionPair pair : figures.sessionsBetween(
                today.minusDays(ClinicOutcomes.ADHERENCE_DAYS - 1L), today)) {
            Optional<Adherence> level = Adherence.overSessionDays(pair.completed(), pair.sessionDays())
                    .filter(Adherence::wholeSessionDue);
            if (level.isPresent()) {
                adherence.merge(level.get().level(), pair.programs(), Long::sum);
            } else {
                nothingPrescribed += pair.programs();
            }
        }
        return new ClinicOutcomes(today, stages, improvement, reduction, adherence, nothingPrescribed);
    }

    private static Optional<ClinicOutcomes.MeanReduction> meanReduction(List<ClinicFigures.PainPair> pairs) {
        double sum = 0;
        long episodes = 0;
        for (ClinicFigures.PainPair pair : pairs) {
            if (pair.baseline() > 0) {
                sum += (pair.baseline() - pair.atWeek()) * 100.0 / pair.baseline() * pair.episodes();
                episodes += pair.episodes();
            }
        }
        return episodes == 0 ? Optional.empty()
                : Optional.of(new ClinicOutcomes.MeanReduction(Math.round(sum / episodes * 10) / 10.0, episodes));
    }
}

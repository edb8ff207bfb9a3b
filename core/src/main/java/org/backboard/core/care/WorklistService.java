package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.care.CareAccess.PatientEpisode;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeHistory;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.outcome.Reassessment;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.ExerciseSessions;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramAdherence;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.Programs;
import org.backboard.core.shared.Result;
import org.backboard.core.worklist.EpisodeFacts;
import org.backboard.core.worklist.FlagOnCaseload;
import org.backboard.core.worklist.ItemAcknowledgement;
import org.backboard.core.worklist.ItemAcknowledgements;
import org.backboard.core.worklist.ItemKey;
import org.backboard.core.worklist.ItemKind;
import org.backboard.core.worklist.OpenEpisode;
import org.backboard.core.worklist.WorkItem;
import org.backboard.core.worklist.Worklist;
import org.backboard.core.worklist.WorklistRules;
import org.backboard.core.worklist.WorklistSources;
import org.backboard.core.shared.Texts;

/**
 * Today's worklist: a therapist's own caseload, or for a lead the whole clinic or one therapist's.
 * Computed on every read from a handful of bulk queries, so it is right for today without a job
 * that precomputes it. Acknowledging an item records who and when and takes it off the list.
 */
public class WorklistService {

    static final String FLAG_ACTION = "Acknowledge a red flag with the red-flag action on the patient's page";
    static final String GONE = "This item is no longer on the worklist: reload to see today's list";
    static final String ALREADY = "Someone already acknowledged this item";
    /** Episodes read per round of queries: a caseload in one, a whole clinic in a bounded number. */
    static final int SLICE = 2_000;

    private final WorklistSources sources;
    private final Programs programs;
    private final ExerciseSessions sessions;
    private final OutcomeMeasures outcomes;
    private final ItemAcknowledgements acknowledgements;
    private final CareAccess care;
    private final AuditTrail audit;
    private final Clock clock;

    public WorklistService(WorklistSources sources, Programs programs, ExerciseSessions sessions,
                           OutcomeMeasures outcomes, ItemAcknowledgements acknowledgements, CareAccess care,
                           AuditTrail audit, Clock clock) {
        this.sources = sources;
        this.programs = programs;
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.acknowledgements = acknowledgements;
        this.care = care;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A therapist always gets their own caseload; a lead the therapist asked for, or the whole
     * clinic (only its open red flags once it is too large to assess on every view).
     */
    @Transactional
    public Worklist today(Actor claimed, Optional<ClinicianId> therapist) {
        Actor actor = care.actor(claimed);
        Optional<ClinicianId> scope = actor.isLead() ? therapist : Optional.of(actor.id());
        audit.record(AuditEvent.onClinic(clock.instant(), actor.id(), AuditAction.WORKLIST_VIEWED, "worklist",
                scope.map(id -> id.value().toString()).orElse("clinic")));
        ZoneId zone = clock.getZone();
        List<WorkItem> items = new ArrayList<>();
        for (FlagOnCaseload flag : sources.openFlags(scope)) {
            items.add(WorklistRules.forFlag(flag.flag(), flag.patient(), zone));
        }
        if (scope.isEmpty()) {
            int clinicWide = sources.countOpenEpisodes(scope);
            if (clinicWide > Worklist.CLINIC_WIDE_LIMIT) {
                return new Worklist(today(), items, clinicWide, true);
            }
        }
        List<OpenEpisode> open = sources.openEpisodes(scope, zone);
        items.addAll(itemsFor(open, today(), true));
        return new Worklist(today(), items, open.size(), false);
    }

    /**
     * Takes one item off today's list; red flags have their own action. Open also on an archived
     * patient's record: see {@link CareAccess} on why.
     */
    @Transactional
    public Result<ItemKey> acknowledge(Actor claimed, ItemKey key, String note) {
        return care.onEpisode(claimed, key.episode(), Set.of(), (actor, found) -> acknowledge(actor, found, key, note));
    }

    private Result<ItemKey> acknowledge(Actor actor, PatientEpisode found, ItemKey key, String note) {
        if (key.kind() == ItemKind.RED_FLAG) {
            return Result.rejected("item", FLAG_ACTION);
        }
        Optional<String> badNote = Texts.problem(note, Texts.Shape.LINES, ItemAcknowledgement.MAX_NOTE,
                "A note has at most " + ItemAcknowledgement.MAX_NOTE + " characters");
        if (badNote.isPresent()) {
            return Result.rejected("note", badNote.get());
        }
        List<OpenEpisode> open = sources.openEpisodesOf(found.patient().id(), clock.getZone()).stream()
                .filter(episode -> episode.id().equals(key.episode())).toList();
        if (itemsFor(open, today(), false).stream().noneMatch(item -> item.key().equals(key))) {
            return new Result.Conflict<>(GONE);
        }
        if (!acknowledgements.add(new ItemAcknowledgement(key, found.patient().id(), actor.id(),
                clock.instant(), note))) {
            return new Result.Conflict<>(ALREADY);
        }
        care.record(actor, AuditAction.WORK_ITEM_ACKNOWLEDGED, found.patient().id(), "episode",
                key.episode().value(), List.of(key.kind().name()));
        return new Result.Saved<>(key);
    }

    /**
     * The rules applied to each episode, less (if asked) what was acknowledged; read in slices so a whole
     * clinic's episodes never make one unbounded query.
     */
    private List<WorkItem> itemsFor(List<OpenEpisode> open, LocalDate today, boolean dropAcknowledged) {
        List<WorkItem> items = new ArrayList<>();
        for (int from = 0; from < open.size(); from += SLICE) {
            items.addAll(sliceItems(open.subList(from, Math.min(open.size(), from + SLICE)), today,
                    dropAcknowledged));
        }
        return items;
    }

    private List<WorkItem> sliceItems(List<OpenEpisode> open, LocalDate today, boolean dropAcknowledged) {
        List<EpisodeId> ids = open.stream().map(OpenEpisode::id).toList();
        Map<EpisodeId, Program> programsByEpisode = programs.forEpisodes(ids);
        Collection<ProgramId> programIds = programsByEpisode.values().stream().map(Program::id).toList();
        LocalDate windowStart = today.minusDays(EpisodeFacts.ADHERENCE_DAYS - 1L);
        Map<ProgramId, List<ExerciseSession>> recent = sessions.between(programIds, windowStart, today);
        Map<ProgramId, LocalDate> lastSessions = sessions.lastSessionDays(programIds);
        Map<EpisodeId, List<OutcomeAdministration>> taken = outcomes.forEpisodes(ids);
        Set<ItemKey> acknowledged = dropAcknowledged ? new HashSet<>(acknowledgements.acknowledged(ids))
                : Set.of();
        List<WorkItem> items = new ArrayList<>();
        for (OpenEpisode episode : open) {
            Optional<Program> program = Optional.ofNullable(programsByEpisode.get(episode.id()));
            EpisodeFacts facts = new EpisodeFacts(episode.patient(), episode.id(), episode.status(), episode.onset(),
                    episode.startDate(), episode.baseline(), episode.latest(), episode.lastCheckIn(),
                    program.map(p -> lastSessions.get(p.id())),
                    program.flatMap(p -> ProgramAdherence.over(p, recent.getOrDefault(p.id(), List.of()),
                            windowStart, today)),
                    Reassessment.schedule(episode.startDate(),
                            new OutcomeHistory(taken.getOrDefault(episode.id(), List.of()))));
            WorklistRules.forEpisode(facts, today).stream()
                    .filter(item -> !acknowledged.contains(item.key()))
                    .forEach(items::add);
        }
        return items;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

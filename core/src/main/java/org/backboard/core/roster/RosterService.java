package org.backboard.core.roster;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.shared.RowSink;

/**
 * The roster: a therapist sees only their own caseload, whatever the query asks for; leads see
 * the whole clinic or one therapist's. Stages are computed for today from the injected clock. An
 * export takes the roster out of Backboard, so it is audited (a page on screen is not).
 */
public class RosterService {

    static final int MAX_PAGE = 500;
    /** Beyond any clinic Backboard is built for (the generator's largest is a million patients). */
    static final int EXPORT_LIMIT = 1_000_000;

    private final Roster roster;
    private final Clinicians clinicians;
    private final AuditTrail audit;
    private final Clock clock;

    public RosterService(Roster roster, Clinicians clinicians, AuditTrail audit, Clock clock) {
        this.roster = roster;
        this.clinicians = clinicians;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<RosterRow> roster(Actor claimed, RosterQuery query, List<RosterSort> sort, int offset, int limit) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        return roster.page(scoped(actor, query), sort.isEmpty() ? List.of(RosterSort.byName()) : sort, today(),
                Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
    }

    public int count(Actor claimed, RosterQuery query) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        return roster.count(scoped(actor, query), today());
    }

    /**
     * Every row of the roster as the clinician sees it (the same scope, filters and order as its
     * pages), streamed into the sink. Audited as one read of the roster, naming its scope and the
     * filters in force but not their values (a search may be a patient's name).
     */
    @Transactional
    public void export(Actor claimed, RosterQuery query, List<RosterSort> sort, RowSink<RosterRow> sink) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        RosterQuery scoped = scoped(actor, query);
        audit.record(AuditEvent.onClinic(clock.instant(), actor.id(), AuditAction.ROSTER_EXPORTED, "roster",
                scope(actor, scoped), filtersOf(scoped)));
        sink.begin();
        roster.export(scoped, sort.isEmpty() ? List.of(RosterSort.byName()) : sort, today(), EXPORT_LIMIT,
                sink::accept);
    }

    private static String scope(Actor actor, RosterQuery query) {
        if (!actor.isLead()) {
            return "own caseload";
        }
        return query.therapist().map(id -> "caseload of " + id.value()).orElse("whole clinic");
    }

    private static List<String> filtersOf(RosterQuery query) {
        List<String> filters = new ArrayList<>();
        query.search().ifPresent(s -> filters.add("search"));
        query.stage().ifPresent(s -> filters.add("stage"));
        query.flags().ifPresent(f -> filters.add("flags"));
        if (query.includeArchived()) {
            filters.add("archived");
        }
        return filters;
    }

    private static RosterQuery scoped(Actor actor, RosterQuery query) {
        return actor.isLead() ? query : query.forTherapist(actor.id());
    }
}

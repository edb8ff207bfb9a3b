package org.backboard.core.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinicians;

/**
 * The roster: a therapist sees only their own caseload, whatever the query asks for; leads see
 * the whole clinic or one therapist's. Stages are computed for today from the injected clock.
 */
public class RosterService {

    static final int MAX_PAGE = 500;

    private final Roster roster;
    private final Clinicians clinicians;
    private final Clock clock;

    public RosterService(Roster roster, Clinicians clinicians, Clock clock) {
        this.roster = roster;
        this.clinicians = clinicians;
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

    private static RosterQuery scoped(Actor actor, RosterQuery query) {
        return actor.isLead() ? query : query.forTherapist(actor.id());
    }
}

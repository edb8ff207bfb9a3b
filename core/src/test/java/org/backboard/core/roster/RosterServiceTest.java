package org.backboard.core.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import java.util.function.Predicate;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.InMemoryAuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.clinician.InMemoryClinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.RowSink;
import org.junit.jupiter.api.Test;

class RosterServiceTest {

    private static final Instant NOW = Instant.parse("2025-06-15T09:30:00Z");

    /** Records what the service asked the read model for. */
    private static final class RecordingRoster implements Roster {
        RosterQuery query;
        List<RosterSort> sort;
        LocalDate asOf;
        int offset;
        int limit;

        @Override
        public List<RosterRow> page(RosterQuery query, List<RosterSort> sort, LocalDate asOf, int offset, int limit) {
            this.query = query;
            this.sort = sort;
            this.asOf = asOf;
            this.offset = offset;
            this.limit = limit;
            return List.of();
        }

        @Override
        public int count(RosterQuery query, LocalDate asOf) {
            this.query = query;
            this.asOf = asOf;
            return 0;
        }

        @Override
        public void export(RosterQuery query, List<RosterSort> sort, LocalDate asOf, int limit,
                           Predicate<RosterRow> rows) {
            this.query = query;
            this.sort = sort;
            this.limit = limit;
            for (RosterRow row : exported) {
                if (!rows.test(row)) {
                    return;
                }
            }
        }
    }

    /** What a sink was given, in order: "begin" then each row's MRN. */
    private static final class RecordingSink implements RowSink<RosterRow> {
        final List<String> received = new ArrayList<>();
        final int takes;

        RecordingSink(int takes) {
            this.takes = takes;
        }

        @Override
        public void begin() {
            received.add("begin");
        }

        @Override
        public boolean accept(RosterRow row) {
            received.add(row.mrn());
            return received.size() <= takes;
        }
    }

    private static final List<RosterRow> exported = List.of(row("BB-1"), row("BB-2"), row("BB-3"));

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final RecordingRoster roster = new RecordingRoster();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final RosterService service = new RosterService(roster, clinicians, audit, Clock.fixed(NOW, ZoneOffset.UTC));
    private final Actor lead = clinicians.enrol("lena.lead", "Lena Lead", Role.LEAD);
    private final Actor tess = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);
    private final Actor theo = clinicians.enrol("theo", "Theo Therapist", Role.THERAPIST);

    @Test
    void aTherapistsRosterIsScopedToTheirOwnCaseloadEvenWhenTheQueryAsksForAnother() {
        RosterQuery askingForTheo = RosterQuery.everyone().forTherapist(theo.id())
                .withStage(Optional.of(StageFilter.CHRONIC));

        service.roster(tess, askingForTheo, List.of(), 0, 50);
        assertThat(roster.query).isEqualTo(askingForTheo.forTherapist(tess.id()));

        service.count(tess, askingForTheo);
        assertThat(roster.query.therapist()).contains(tess.id());
        assertThat(roster.query.stage()).contains(StageFilter.CHRONIC);
    }

    @Test
    void aLeadsQueryIsPassedOnAsAsked() {
        service.count(lead, RosterQuery.everyone());
        assertThat(roster.query).isEqualTo(RosterQuery.everyone());

        service.roster(lead, RosterQuery.everyone().forTherapist(theo.id()), List.of(), 0, 50);
        assertThat(roster.query.therapist()).contains(theo.id());
    }

    @Test
    void stagesAreComputedForTodayFromTheClock() {
        service.count(lead, RosterQuery.everyone());

        assertThat(roster.asOf).isEqualTo(LocalDate.of(2025, 6, 15));
    }

    @Test
    void sortsByNameByDefaultAndKeepsPagingWithinBounds() {
        service.roster(lead, RosterQuery.everyone(), List.of(), -5, 10_000);

        assertThat(roster.sort).containsExactly(RosterSort.byName());
        assertThat(roster.offset).isZero();
        assertThat(roster.limit).isEqualTo(500);

        List<RosterSort> byDaysToChronic = List.of(new RosterSort(RosterSort.Column.DAYS_TO_CHRONIC, true));
        service.roster(lead, RosterQuery.everyone(), byDaysToChronic, 20, 0);

        assertThat(roster.sort).isEqualTo(byDaysToChronic);
        assertThat(roster.offset).isEqualTo(20);
        assertThat(roster.limit).isEqualTo(1);
    }

    @Test
    void aDeactivatedTherapistCanNoLongerReadTheRoster() {
        clinicians.update(clinicians.findById(tess.id()).orElseThrow().deactivated());

        assertThatThrownBy(() -> service.roster(tess, RosterQuery.everyone(), List.of(), 0, 10))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.count(tess, RosterQuery.everyone()))
                .isInstanceOf(NotPermittedException.class);
    }

    /** 09:00 on 21 November in Auckland is still 20 November in UTC: the roster counts the clinic's day. */
    @Test
    void todayIsTheClinicsDayNotUtcs() {
        Instant aucklandMorning = Instant.parse("2026-11-20T20:00:00Z");
        RosterService inAuckland = new RosterService(roster, clinicians, audit,
                Clock.fixed(aucklandMorning, ZoneId.of("Pacific/Auckland")));

        inAuckland.count(lead, RosterQuery.everyone().withStage(Optional.of(StageFilter.CHRONIC)));

        assertThat(roster.asOf).isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(new RosterService(roster, clinicians, audit, Clock.fixed(aucklandMorning, ZoneOffset.UTC)).today())
                .isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void aTherapistsExportIsTheirOwnCaseloadWhateverTheQueryAsksAndIsAuditedWithoutTheSearch() {
        RosterQuery askingForTheo = new RosterQuery(Optional.of("Okafor"), Optional.of(theo.id()), true)
                .withStage(Optional.of(StageFilter.CHRONIC));

        service.export(tess, askingForTheo, List.of(), new RecordingSink(10));

        assertThat(roster.query).isEqualTo(askingForTheo.forTherapist(tess.id()));
        assertThat(roster.sort).containsExactly(RosterSort.byName());
        AuditEvent event = audit.events().getLast();
        assertThat(event.action()).isEqualTo(AuditAction.ROSTER_EXPORTED);
        assertThat(event.actor()).contains(tess.id());
        assertThat(event.entityId()).isEqualTo("own caseload");
        assertThat(event.changedFields()).containsExactly("search", "stage", "archived");
        assertThat(String.join(" ", event.changedFields()) + event.entityId()).doesNotContain("Okafor");
    }

    @Test
    void aLeadsExportNamesItsScope() {
        service.export(lead, RosterQuery.everyone(), List.of(), new RecordingSink(10));
        assertThat(audit.events().getLast().entityId()).isEqualTo("whole clinic");

        service.export(lead, RosterQuery.everyone().forTherapist(theo.id()), List.of(), new RecordingSink(10));
        assertThat(audit.events().getLast().entityId()).isEqualTo("caseload of " + theo.id().value());
    }

    @Test
    void theSinkBeginsBeforeTheRowsAndAGoneReceiverStopsTheReading() {
        RecordingSink sink = new RecordingSink(2);

        service.export(lead, RosterQuery.everyone(), List.of(), sink);

        assertThat(sink.received).containsExactly("begin", "BB-1", "BB-2");
    }

    @Test
    void aDeactivatedTherapistExportsNothingAndTheSinkNeverBegins() {
        clinicians.update(clinicians.findById(tess.id()).orElseThrow().deactivated());
        RecordingSink sink = new RecordingSink(10);

        assertThatThrownBy(() -> service.export(tess, RosterQuery.everyone(), List.of(), sink))
                .isInstanceOf(NotPermittedException.class);
        assertThat(sink.received).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    private static RosterRow row(String mrn) {
        return new RosterRow(PatientId.newId(), mrn, "Alex", "Okafor", LocalDate.of(1980, 1, 1),
                new ClinicianId(java.util.UUID.randomUUID()), "Tess Therapist", PatientStatus.ACTIVE,
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}

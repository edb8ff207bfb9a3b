package org.backboard.core.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.outcome.Instrument;
import org.backboard.core.outcome.Reassessment;
import org.backboard.core.patient.PatientId;
import org.backboard.core.program.Adherence;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.symptom.PainScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worklist rules of docs/clinical-rules.md section 6, one by one, at their boundaries. */
class WorklistRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final PatientRef ADA = new PatientRef(new PatientId(UUID.randomUUID()), "Lovelace, Ada",
            new ClinicianId(UUID.randomUUID()));
    private static final EpisodeId EPISODE = new EpisodeId(UUID.randomUUID());

    /** A quiet episode: 10 days from onset, pain 5 → 4 yesterday, a session yesterday, nothing due. */
    private static EpisodeFacts quiet() {
        return facts(10, 5, 4, TODAY.minusDays(1), Optional.of(TODAY.minusDays(1)), Optional.empty(), List.of());
    }

    private static EpisodeFacts facts(int daysSinceOnset, Integer baseline, Integer latest, LocalDate latestOn,
                                      Optional<LocalDate> lastSession, Optional<Adherence> adherence,
                                      List<Reassessment> schedule) {
        LocalDate onset = TODAY.minusDays(daysSinceOnset);
        return new EpisodeFacts(ADA, EPISODE, EpisodeStatus.ACTIVE, onset, onset,
                Optional.ofNullable(baseline).map(score -> new PainReading(new PainScore(score), onset)),
                Optional.ofNullable(latest).map(score -> new PainReading(new PainScore(score), latestOn)),
                latest == null ? Optional.empty() : Optional.of(latestOn), lastSession, adherence, schedule);
    }

    private static List<ItemKind> kinds(EpisodeFacts facts) {
        return WorklistRules.forEpisode(facts, TODAY).stream().map(WorkItem::kind).toList();
    }

    private static WorkItem only(EpisodeFacts facts, ItemKind kind) {
        return WorklistRules.forEpisode(facts, TODAY).stream().filter(i -> i.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aQuietEpisodeRaisesNothing() {
        assertThat(kinds(quiet())).isEmpty();
    }

    @ParameterizedTest(name = "latest pain {0}: high pain {1}")
    @CsvSource({"6, false", "7, true", "10, true"})
    void highPainFromSeven(int latest, boolean raised) {
        EpisodeFacts facts = facts(10, latest, latest, TODAY.minusDays(1), Optional.of(TODAY), Optional.empty(),
                List.of());
        assertThat(kinds(facts).contains(ItemKind.HIGH_PAIN)).isEqualTo(raised);
        if (raised) {
            assertThat(only(facts, ItemKind.HIGH_PAIN).severity()).isEqualTo(Severity.HIGH);
            assertThat(only(facts, ItemKind.HIGH_PAIN).since()).isEqualTo(TODAY.minusDays(1));
        }
    }

    @ParameterizedTest(name = "baseline {0}, latest {1}: worsening {2}")
    @CsvSource({"3, 4, false", "3, 5, true", "0, 2, true", "5, 6, false"})
    void painWorseningFromBaselinePlusTwo(int baseline, int latest, boolean raised) {
        EpisodeFacts facts = facts(10, baseline, latest, TODAY, Optional.of(TODAY), Optional.empty(), List.of());
        assertThat(kinds(facts).contains(ItemKind.PAIN_WORSENING)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "day {0}, pain {1} → {2}: {3}")
    @CsvSource({
            "27, 6, 6, NONE",
            "28, 6, 6, MEDIUM",
            "28, 6, 5, MEDIUM",
            "28, 6, 4, NONE",
            "83, 6, 6, MEDIUM",
            "84, 6, 6, HIGH",
            "84, 3, 2, NONE",
    })
    void notImprovingFromDay28AndHighFromDay84(int days, int baseline, int latest, String severity) {
        EpisodeFacts facts = facts(days, baseline, latest, TODAY, Optional.of(TODAY), Optional.empty(), List.of());
        Optional<WorkItem> item = WorklistRules.forEpisode(facts, TODAY).stream()
                .filter(i -> i.kind() == ItemKind.NOT_IMPROVING).findFirst();
        assertThat(item.map(i -> i.severity().name()).orElse("NONE")).isEqualTo(severity);
    }

    @Test
    void notImprovingNeedsAPainScore() {
        assertThat(kinds(facts(40, null, null, TODAY, Optional.of(TODAY), Optional.empty(), List.of())))
                .doesNotContain(ItemKind.NOT_IMPROVING);
    }

    @ParameterizedTest(name = "day {0}: watch {1}")
    @CsvSource({"69, false", "70, true", "83, true", "84, false"})
    void chronicityWatchOnDays70To83(int days, boolean raised) {
        EpisodeFacts facts = facts(days, 6, 2, TODAY, Optional.of(TODAY), Optional.empty(), List.of());
        assertThat(kinds(facts).contains(ItemKind.CHRONICITY_WATCH)).isEqualTo(raised);
        if (raised) {
            assertThat(only(facts, ItemKind.CHRONICITY_WATCH).severity()).isEqualTo(Severity.MEDIUM);
            assertThat(only(facts, ItemKind.CHRONICITY_WATCH).since()).isEqualTo(TODAY.minusDays(days - 70L));
        }
    }

    @ParameterizedTest(name = "{0} of {1} sessions: low adherence {2}")
    @CsvSource({"5, 10, false", "49, 100, true", "0, 10, true"})
    void lowAdherenceBelowHalfOverFourteenDays(int completed, int prescribed, boolean raised) {
        EpisodeFacts facts = facts(10, 5, 4, TODAY, Optional.of(TODAY), Adherence.of(completed, prescribed),
                List.of());
        assertThat(kinds(facts).contains(ItemKind.LOW_ADHERENCE)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "{0} of {1}/7 sessions due: low adherence {2}")
    @CsvSource({"0, 3, false", "0, 6, false", "0, 7, true", "0, 9, true"})
    void lowAdherenceWaitsUntilAWholeSessionWasDue(int completed, long sessionDays, boolean raised) {
        EpisodeFacts facts = facts(10, 5, 4, TODAY, Optional.of(TODAY),
                Adherence.overSessionDays(completed, sessionDays), List.of());
        assertThat(kinds(facts).contains(ItemKind.LOW_ADHERENCE)).isEqualTo(raised);
    }

    @ParameterizedTest(name = "{0} days idle: {1}")
    @CsvSource({"6, NONE", "7, LOW", "20, LOW", "21, HIGH"})
    void inactiveFromSevenDaysAndHighFromTwentyOne(int idle, String severity) {
        LocalDate last = TODAY.minusDays(idle);
        EpisodeFacts facts = facts(40, 5, 2, last.minusDays(3), Optional.of(last), Optional.empty(), List.of());
        Optional<WorkItem> item = WorklistRules.forEpisode(facts, TODAY).stream()
                .filter(i -> i.kind() == ItemKind.INACTIVE).findFirst();
        assertThat(item.map(i -> i.severity().name()).orElse("NONE")).isEqualTo(severity);
        item.ifPresent(i -> assertThat(i.since()).isEqualTo(last));
    }

    @Test
    void aCheckInCountsAsActivityAsMuchAsASession() {
        EpisodeFacts facts = facts(40, 5, 2, TODAY.minusDays(2), Optional.of(TODAY.minusDays(30)), Optional.empty(),
                List.of());
        assertThat(kinds(facts)).doesNotContain(ItemKind.INACTIVE);
    }

    @Test
    void reassessmentsDueTodayOrEarlierAreOneLowItemPerDay() {
        List<Reassessment> schedule = List.of(
                new Reassessment(Instrument.START_BACK, TODAY.minusDays(3), "screen at intake"),
                new Reassessment(Instrument.ODI, TODAY.minusDays(3), "baseline at intake"));
        WorkItem item = only(facts(10, 5, 4, TODAY, Optional.of(TODAY), Optional.empty(), schedule),
                ItemKind.REASSESSMENT_DUE);
        assertThat(item.severity()).isEqualTo(Severity.LOW);
        assertThat(item.reason()).contains("STarT Back").contains("Oswestry");
        List<Reassessment> tomorrow = List.of(new Reassessment(Instrument.ODI, TODAY.plusDays(1), "28 days"));
        assertThat(kinds(facts(10, 5, 4, TODAY, Optional.of(TODAY), Optional.empty(), tomorrow))).isEmpty();
    }

    @Test
    void anEpisodeOnHoldIsNotChasedForInactivityOrAdherenceButKeepsItsClinicalItems() {
        EpisodeFacts busy = facts(75, 3, 9, TODAY.minusDays(30), Optional.empty(), Adherence.of(0, 10), List.of());
        EpisodeFacts onHold = new EpisodeFacts(busy.patient(), busy.episode(), EpisodeStatus.ON_HOLD, busy.onset(),
                busy.startDate(), busy.baseline(), busy.latest(), busy.lastCheckIn(), busy.lastSession(), busy.adherence(),
                busy.schedule());
        assertThat(kinds(busy)).contains(ItemKind.HIGH_PAIN, ItemKind.PAIN_WORSENING, ItemKind.NOT_IMPROVING,
                ItemKind.CHRONICITY_WATCH, ItemKind.LOW_ADHERENCE, ItemKind.INACTIVE);
        assertThat(kinds(onHold)).containsExactlyInAnyOrder(ItemKind.HIGH_PAIN, ItemKind.PAIN_WORSENING,
                ItemKind.NOT_IMPROVING, ItemKind.CHRONICITY_WATCH);
    }

    @Test
    void aRedFlagTakesItsTierAndAReviewFlagRanksJustAboveMediumItems() {
        RaisedFlag emergency = RaisedFlag.raise(EPISODE, ADA.id(), RedFlag.values()[0], Instant.parse(
                "2026-11-19T10:00:00Z"), ADA.therapist(), Optional.empty());
        WorkItem item = WorklistRules.forFlag(emergency, ADA, ZoneOffset.UTC);
        assertThat(item.severity()).isEqualTo(Severity.of(RedFlag.values()[0].tier()));
        assertThat(item.since()).isEqualTo(TODAY.minusDays(1));
        assertThat(item.flag()).contains(emergency.id());
        assertThat(Severity.of(org.backboard.core.redflag.Tier.REVIEW)).isEqualTo(Severity.REVIEW);
        assertThat(Severity.REVIEW).isGreaterThan(Severity.HIGH).isLessThan(Severity.MEDIUM);
    }

    @Test
    void aFlagRaisedOnAnAucklandMorningIsOnTheWorklistSinceThatDayNotUtcsDayBefore() {
        RaisedFlag flag = RaisedFlag.raise(EPISODE, ADA.id(), RedFlag.values()[0], Instant.parse(
                "2026-11-20T20:00:00Z"), ADA.therapist(), Optional.empty());

        assertThat(WorklistRules.forFlag(flag, ADA, ZoneId.of("Pacific/Auckland")).since())
                .isEqualTo(LocalDate.of(2026, 11, 21));
        assertThat(WorklistRules.forFlag(flag, ADA, ZoneOffset.UTC).since()).isEqualTo(LocalDate.of(2026, 11, 20));
    }

    @Test
    void theListIsOrderedBySeverityThenAge() {
        WorkItem oldLow = new WorkItem(ItemKind.INACTIVE, Severity.LOW, ADA, EPISODE, TODAY.minusDays(30), "",
                Optional.empty());
        WorkItem newHigh = new WorkItem(ItemKind.HIGH_PAIN, Severity.HIGH, ADA, EPISODE, TODAY, "", Optional.empty());
        WorkItem oldHigh = new WorkItem(ItemKind.PAIN_WORSENING, Severity.HIGH, ADA, EPISODE, TODAY.minusDays(2), "",
                Optional.empty());
        assertThat(new Worklist(TODAY, List.of(oldLow, newHigh, oldHigh), 1, false).items())
                .containsExactly(oldHigh, newHigh, oldLow);
    }
}

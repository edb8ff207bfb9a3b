package org.backboard.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What can be kept of a questionnaire, how the history reads baseline against latest, and the cadence. */
class OutcomeAnswersTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final EpisodeId EPISODE = new EpisodeId(UUID.randomUUID());

    static OdiAnswers odi(int skipped, int each) {
        Map<OswestrySection, Integer> answers = new EnumMap<>(OswestrySection.class);
        OswestrySection[] sections = OswestrySection.values();
        for (int i = skipped; i < sections.length; i++) {
            answers.put(sections[i], each);
        }
        return new OdiAnswers(answers);
    }

    private static OutcomeAdministration taken(LocalDate on, Measurement measurement) {
        return new OutcomeAdministration(OutcomeId.newId(), EPISODE, new PatientId(UUID.randomUUID()), on,
                measurement, new ClinicianId(UUID.randomUUID()), Instant.parse("2026-10-01T10:00:00Z"));
    }

    @ParameterizedTest(name = "{0} sections skipped, {1} each: {2} %")
    @CsvSource({"0, 2, 40", "2, 2, 40", "2, 3, 60"})
    void anOswestryWithUpToTwoSkippedSectionsIsKept(int skipped, int each, int percent) {
        assertThat(odi(skipped, each).scored().percent()).isEqualTo(percent);
    }

    @Test
    void anOswestryWithThreeSkippedSectionsIsRefusedWithAMessage() {
        assertThatThrownBy(() -> odi(3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Answer at least 8 of the 10 sections");
    }

    @Test
    void startBackNeedsItemNine() {
        assertThatThrownBy(() -> new StartBackAnswers(Set.of(), null)).isInstanceOf(NullPointerException.class);
        assertThat(new StartBackAnswers(Set.of(StartBackItem.NOT_SAFE_TO_BE_ACTIVE, StartBackItem.WORRYING_THOUGHTS,
                StartBackItem.NO_ENJOYMENT), Bothersomeness.VERY_MUCH).result().risk()).isEqualTo(StartBack.Risk.HIGH);
    }

    @ParameterizedTest(name = "{0} activities: kept {1}")
    @CsvSource({"2, false", "3, true", "5, true", "6, false"})
    void psfsTakesThreeToFiveActivities(int count, boolean kept) {
        List<PsfsAnswers.Activity> activities = IntStream.range(0, count)
                .mapToObj(i -> new PsfsAnswers.Activity("Activity " + i, i)).toList();
        if (kept) {
            assertThat(new PsfsAnswers(activities).activities()).hasSize(count);
        } else {
            assertThatThrownBy(() -> new PsfsAnswers(activities)).hasMessage("Score 3 to 5 activities");
        }
    }

    @Test
    void psfsScoresTheMeanToOneDecimalAndRefusesBadActivities() {
        assertThat(new PsfsAnswers(List.of(new PsfsAnswers.Activity("Gardening", 2),
                new PsfsAnswers.Activity("Lifting a child", 3), new PsfsAnswers.Activity("Driving", 3))).mean())
                .isEqualTo(2.7);
        assertThatThrownBy(() -> new PsfsAnswers.Activity(" ", 3)).hasMessage("Name the activity");
        assertThatThrownBy(() -> new PsfsAnswers.Activity("Running", 11)).hasMessage("An activity is scored 0-10");
        assertThatThrownBy(() -> new PsfsAnswers(List.of(new PsfsAnswers.Activity("Driving", 2),
                new PsfsAnswers.Activity("driving", 3), new PsfsAnswers.Activity("Sitting", 3))))
                .hasMessage("Each activity is named once");
    }

    @ParameterizedTest(name = "ODI {0} → {1}: change {2}, improved {3}, worsened {4}")
    @CsvSource({"60, 50, -10, true, false", "60, 52, -8, false, false", "40, 50, 10, false, true"})
    void oswestryProgressIsLatestAgainstTheFirst(int baseline, int latest, int change, boolean improved,
                                                 boolean worsened) {
        OutcomeHistory history = new OutcomeHistory(List.of(
                odiAt(START.plusDays(30), latest),
                odiAt(START, baseline)));
        OutcomeHistory.OdiProgress progress = history.odi().orElseThrow();
        assertThat(progress.baseline()).isEqualTo(baseline);
        assertThat(progress.latest().percent()).isEqualTo(latest);
        assertThat(progress.change()).isEqualTo(change);
        assertThat(progress.importantImprovement()).isEqualTo(improved);
        assertThat(progress.importantWorsening()).isEqualTo(worsened);
    }

    /** Ten sections adding up to {@code percent} (even) of 50. */
    private static OutcomeAdministration odiAt(LocalDate on, int percent) {
        int points = percent / 2;
        Map<OswestrySection, Integer> answers = new EnumMap<>(OswestrySection.class);
        for (OswestrySection section : OswestrySection.values()) {
            int here = Math.min(5, points);
            answers.put(section, here);
            points -= here;
        }
        return taken(on, new OdiAnswers(answers));
    }

    @Test
    void anEpisodeWithoutQuestionnairesIsDueBothAtIntake() {
        List<Reassessment> due = Reassessment.schedule(START, OutcomeHistory.NONE);
        assertThat(due).extracting(Reassessment::instrument).containsExactly(Instrument.ODI, Instrument.START_BACK);
        assertThat(due).allMatch(r -> r.dueOn().equals(START));
    }

    @Test
    void theOswestryIsDueAgain28DaysAfterTheLast() {
        OutcomeHistory history = new OutcomeHistory(List.of(odiAt(START, 40),
                taken(START, new StartBackAnswers(Set.of(), Bothersomeness.SLIGHTLY))));
        Reassessment next = Reassessment.schedule(START, history).getFirst();
        assertThat(Reassessment.schedule(START, history)).hasSize(1);
        assertThat(next.instrument()).isEqualTo(Instrument.ODI);
        assertThat(next.dueOn()).isEqualTo(START.plusDays(28));
        assertThat(next.isDue(START.plusDays(27))).isFalse();
        assertThat(next.isDue(START.plusDays(28))).isTrue();
    }
}

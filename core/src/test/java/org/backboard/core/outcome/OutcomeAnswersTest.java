package org.backboard.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.shared.FieldProblem;
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
    void anEpisodeWithoutQuestionnairesIsDueAllThreeAtIntake() {
        List<Reassessment> due = Reassessment.schedule(START, OutcomeHistory.NONE);
        assertThat(due).extracting(Reassessment::instrument)
                .containsExactly(Instrument.ODI, Instrument.START_BACK, Instrument.PSFS);
        assertThat(due).allMatch(r -> r.dueOn().equals(START));
    }

    @Test
    void theOswestryIsDueAgain28DaysAfterTheLast() {
        OutcomeHistory history = new OutcomeHistory(List.of(odiAt(START, 40), psfsAt(START, "Gardening"),
                taken(START, new StartBackAnswers(Set.of(), Bothersomeness.SLIGHTLY))));
        Reassessment next = Reassessment.schedule(START, history).getFirst();
        assertThat(Reassessment.schedule(START, history)).extracting(Reassessment::instrument)
                .containsExactly(Instrument.ODI, Instrument.PSFS);
        assertThat(next.instrument()).isEqualTo(Instrument.ODI);
        assertThat(next.dueOn()).isEqualTo(START.plusDays(28));
        assertThat(next.isDue(START.plusDays(27))).isFalse();
        assertThat(next.isDue(START.plusDays(28))).isTrue();
    }

    @ParameterizedTest(name = "Oswestry on days [{0}], PSFS on day {1}: PSFS due on day {2} ({3})")
    @CsvSource({
        "'',   -1, 0,  baseline at intake",
        "'',   2,  -1, ''",
        "0,    -1, 28, 'first, with the Oswestry'",
        "0,    0,  28, with the Oswestry",
        "0,    27, 28, with the Oswestry",
        "0,    28, -1, ''",
        "0,    30, -1, ''",
        "0;31, 30, 59, with the Oswestry"})
    void thePsfsIsDueWithTheOswestryUntilOneIsTakenOnOrAfterThatDay(String odiDays, int psfsDay, int dueDay,
                                                                   String why) {
        List<OutcomeAdministration> taken = new java.util.ArrayList<>();
        for (String day : odiDays.split(";")) {
            if (!day.isBlank()) {
                taken.add(odiAt(START.plusDays(Integer.parseInt(day.strip())), 40));
            }
        }
        if (psfsDay >= 0) {
            taken.add(psfsAt(START.plusDays(psfsDay), "Running"));
        }

        Optional<Reassessment> psfs = Reassessment.schedule(START, new OutcomeHistory(taken)).stream()
                .filter(r -> r.instrument() == Instrument.PSFS).findFirst();

        if (dueDay < 0) {
            assertThat(psfs).isEmpty();
        } else {
            assertThat(psfs.orElseThrow().dueOn()).isEqualTo(START.plusDays(dueDay));
            assertThat(psfs.orElseThrow().why()).isEqualTo(why);
        }
    }

    private static OutcomeAdministration psfsAt(LocalDate on, String first) {
        return taken(on, new PsfsAnswers(List.of(new PsfsAnswers.Activity(first, 3),
                new PsfsAnswers.Activity("Driving", 4), new PsfsAnswers.Activity("Sitting", 5))));
    }

    // --- answered by the patient ------------------------------------------------------------------

    @Test
    void aPatientAnswersStartBackAndThePsfsWithoutAClinicianButNeverTheOswestry() {
        OutcomeAdministration startBack = new OutcomeAdministration(OutcomeId.newId(), EPISODE,
                new PatientId(UUID.randomUUID()), START, new StartBackAnswers(Set.of(), Bothersomeness.SLIGHTLY),
                Optional.empty(), Instant.parse("2026-10-01T10:00:00Z"));

        assertThat(startBack.patientReported()).isTrue();
        assertThat(taken(START, odi(0, 2)).patientReported()).isFalse();
        assertThatThrownBy(() -> new OutcomeAdministration(OutcomeId.newId(), EPISODE, new PatientId(UUID.randomUUID()),
                START, odi(0, 2), Optional.empty(), Instant.parse("2026-10-01T10:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clinician");
    }

    @Test
    void aStartBackDraftNamesEachQuestionStillToAnswer() {
        Map<StartBackItem, Boolean> answered = new EnumMap<>(StartBackItem.class);
        for (StartBackItem item : StartBackItem.values()) {
            if (item != StartBackItem.DRESSED_SLOWLY) {
                answered.put(item, item.psychosocial());
            }
        }
        StartBackDraft draft = new StartBackDraft(answered, null);

        assertThat(draft.problems()).extracting(FieldProblem::field)
                .containsExactly("item-DRESSED_SLOWLY", StartBackDraft.BOTHERSOMENESS);
        assertThatThrownBy(draft::answers).hasMessage("Item 4: Choose agree or disagree");
        answered.put(StartBackItem.DRESSED_SLOWLY, false);
        StartBackAnswers answers = new StartBackDraft(answered, Bothersomeness.VERY_MUCH).answers();
        assertThat(answers.result().risk()).isEqualTo(StartBack.Risk.HIGH);
        assertThat(answers.answersText()).isEqualTo("agreed 5, 6, 7, 8 · item 9 very much");
        assertThat(StartBackDraft.agreedWith(Set.of(), null).problems()).extracting(FieldProblem::field)
                .containsExactly(StartBackDraft.BOTHERSOMENESS);
        assertThat(StartBackDraft.agreedWith(Set.of(), Bothersomeness.SLIGHTLY).answers().answersText())
                .isEqualTo("agreed with none · item 9 slightly");
    }

    @Test
    void aPsfsDraftTiesEachProblemToItsRowAndSkipsEmptyRows() {
        PsfsDraft draft = new PsfsDraft(List.of(new PsfsDraft.Row("Gardening", 3), new PsfsDraft.Row("", null),
                new PsfsDraft.Row("Driving", null), new PsfsDraft.Row(" ", 4), new PsfsDraft.Row("gardening", 11),
                new PsfsDraft.Row("Bad\u0000name", 2)));

        assertThat(draft.problems()).extracting(FieldProblem::field).containsExactly(PsfsDraft.ACTIVITIES);
        PsfsDraft five = new PsfsDraft(draft.rows().subList(0, 5));
        assertThat(five.problems()).containsExactly(
                new FieldProblem("score-3", "Choose a score from 0 to 10"),
                new FieldProblem("activity-4", "Name the activity"),
                new FieldProblem("score-5", "An activity is scored 0-10"),
                new FieldProblem("activity-5", "Each activity is named once"));
        assertThatThrownBy(five::answers).hasMessage("Activity 3: Choose a score from 0 to 10");
        assertThat(new PsfsDraft(List.of(new PsfsDraft.Row("Gardening", 3), new PsfsDraft.Row("", null)))
                .problems()).containsExactly(new FieldProblem(PsfsDraft.ACTIVITIES, "Score 3 to 5 activities"));
        assertThat(new PsfsDraft(List.of(new PsfsDraft.Row("Bad\u0000name", 2))).problems())
                .extracting(FieldProblem::field).contains("activity-1");

        PsfsAnswers kept = new PsfsDraft(List.of(new PsfsDraft.Row(" Gardening ", 3), new PsfsDraft.Row("", null),
                new PsfsDraft.Row("Driving", 5), new PsfsDraft.Row("Sitting", 4))).answers();
        assertThat(kept.answersText()).isEqualTo("Gardening 3 · Driving 5 · Sitting 4");
    }

    @Test
    void aLaterPsfsScoresTheSameActivitiesAgain() {
        PsfsAnswers first = (PsfsAnswers) psfsAt(START, "Gardening").measurement();

        PsfsAnswers again = PsfsDraft.reRating(first, List.of(6, 7, 8)).answers();

        assertThat(again.activities()).extracting(PsfsAnswers.Activity::name)
                .containsExactly("Gardening", "Driving", "Sitting");
        assertThat(again.sameActivitiesAs(first)).isTrue();
        assertThat(((PsfsAnswers) psfsAt(START, "GARDENING").measurement()).sameActivitiesAs(first)).isTrue();
        assertThat(((PsfsAnswers) psfsAt(START, "Running").measurement()).sameActivitiesAs(first)).isFalse();
        assertThat(PsfsDraft.reRating(first, List.of(6, 7)).problems())
                .containsExactly(new FieldProblem("score-3", "Choose a score from 0 to 10"));
        assertThat(new OutcomeHistory(List.of(psfsAt(START, "Running"), psfsAt(START.plusDays(28), "Gardening")))
                .psfs()).contains(first);
    }
}

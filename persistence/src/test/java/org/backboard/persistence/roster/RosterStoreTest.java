package org.backboard.persistence.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientSeeding;
import org.backboard.core.patient.Patients;
import org.backboard.core.redflag.Acknowledgement;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.redflag.Tier;
import org.backboard.core.roster.FlagFilter;
import org.backboard.core.roster.Roster;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterRow;
import org.backboard.core.roster.RosterSort;
import org.backboard.core.roster.StageFilter;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.symptom.CheckIns;
import org.backboard.core.symptom.PainScore;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceTest
class RosterStoreTest {

    private static final LocalDate BORN_1980 = LocalDate.of(1980, 5, 17);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    Roster roster;
    @Autowired
    Patients patients;
    @Autowired
    Episodes episodes;
    @Autowired
    RaisedFlags flags;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PatientSeeding seeding;
    @Autowired
    CheckIns checkIns;
    @Autowired
    TransactionTemplate transaction;

    Clinician therapist;
    RosterQuery caseload;

    @BeforeEach
    void aTherapistWithAnEmptyCaseload() {
        therapist = Fixtures.therapist();
        clinicians.add(therapist);
        caseload = RosterQuery.everyone().forTherapist(therapist.id());
    }

    @Test
    void searchIsPartialAndCaseInsensitiveOnNameAndMrn() {
        String family = Fixtures.unique("Qz");
        Patient patient = patients.save(Fixtures.patient(therapist, family, BORN_1980));
        String mrn = patient.details().mrn().value();

        assertThat(idsFor(search(family.substring(0, 6).toLowerCase()))).containsExactly(patient.id().value());
        assertThat(idsFor(search("alex " + family.substring(2, 8)))).containsExactly(patient.id().value());
        assertThat(idsFor(search(mrn.substring(3, 9).toLowerCase()))).containsExactly(patient.id().value());
        assertThat(idsFor(search(family + "-nope"))).isEmpty();
        assertThat(idsFor(search("%"))).as("a %% is a literal, not a wildcard").isEmpty();
    }

    @Test
    void archivedPatientsAreHiddenUnlessAsked() {
        Patient active = patients.save(Fixtures.patient(therapist, "Active", BORN_1980));
        Patient archived = patients.save(Fixtures.patient(therapist, "Archived", BORN_1980));
        patients.save(archived.archive(Fixtures.NOW));
        RosterQuery withArchived = new RosterQuery(Optional.empty(), Optional.of(therapist.id()), true);

        assertThat(idsFor(page(caseload, RosterSort.byName()))).containsExactly(active.id().value());
        assertThat(roster.count(caseload, TODAY)).isEqualTo(1);
        assertThat(roster.count(withArchived, TODAY)).isEqualTo(2);
    }

    @Test
    void theRosterSortsAndPagesInTheDatabase() {
        Patient young = patients.save(Fixtures.patient(therapist, "Brown", LocalDate.of(2001, 1, 1)));
        Patient old = patients.save(Fixtures.patient(therapist, "Adams", LocalDate.of(1950, 1, 1)));
        Patient middle = patients.save(Fixtures.patient(therapist, "Clark", LocalDate.of(1975, 1, 1)));

        assertThat(idsFor(page(caseload, RosterSort.byName())))
                .containsExactly(old.id().value(), young.id().value(), middle.id().value());
        assertThat(idsFor(page(caseload, new RosterSort(RosterSort.Column.AGE, true))))
                .containsExactly(young.id().value(), middle.id().value(), old.id().value());
        assertThat(idsFor(roster.page(caseload, List.of(RosterSort.byName()), TODAY, 1, 1)))
                .containsExactly(young.id().value());
        RosterRow row = page(caseload, RosterSort.byName()).getFirst();
        assertThat(row.therapistName()).isEqualTo(therapist.displayName());
        assertThat(row.mrn()).isEqualTo(old.details().mrn().value());
    }

    @Test
    void stageFiltersFollowTheChronicityRuleAtItsBoundariesForTheMostAdvancedOpenEpisode() {
        Patient day27 = withEpisodeOnsetDaysAgo("Day27", 27);
        Patient day28 = withEpisodeOnsetDaysAgo("Day28", 28);
        Patient day69 = withEpisodeOnsetDaysAgo("Day69", 69);
        Patient day70 = withEpisodeOnsetDaysAgo("Day70", 70);
        Patient day83 = withEpisodeOnsetDaysAgo("Day83", 83);
        Patient day84 = withEpisodeOnsetDaysAgo("Day84", 84);
        // an acute new episode beside a chronic one: the patient is chronic
        Patient both = withEpisodeOnsetDaysAgo("Both", 200);
        episodes.save(Fixtures.lumbarEpisode(both, TODAY.minusDays(3)));
        // a discharged episode does not count
        Patient discharged = withEpisodeOnsetDaysAgo("Discharged", 100);
        Episode closed = episodes.forPatient(discharged.id()).getFirst();
        episodes.save(closed.discharge(new Discharge(TODAY.minusDays(1), "Goals met"), TODAY));
        patients.save(Fixtures.patient(therapist, "NoEpisode", BORN_1980));

        assertThat(namesWith(StageFilter.ACUTE)).containsExactly("Day27");
        assertThat(namesWith(StageFilter.SUBACUTE)).containsExactly("Day28", "Day69", "Day70", "Day83");
        assertThat(namesWith(StageFilter.CHRONICITY_WATCH)).containsExactly("Day70", "Day83");
        assertThat(namesWith(StageFilter.CHRONIC)).containsExactly("Both", "Day84");
        assertThat(roster.count(caseload.withStage(Optional.of(StageFilter.SUBACUTE)), TODAY)).isEqualTo(4);

        RosterRow row = page(caseload.withStage(Optional.of(StageFilter.CHRONIC)), RosterSort.byName()).getFirst();
        assertThat(row.openOnset()).contains(TODAY.minusDays(200));
        assertThat(idsFor(page(caseload, new RosterSort(RosterSort.Column.DAYS_TO_CHRONIC, true))))
                .as("closest to chronic first; chronic and no open episode last")
                .startsWith(day83.id().value(), day70.id().value(), day69.id().value(), day28.id().value(),
                        day27.id().value());
        assertThat(byDaysToChronic(true, 0, 50)).as("the rest by name")
                .containsExactly("Day83", "Day70", "Day69", "Day28", "Day27", "Both", "Day84", "Discharged", "NoEpisode");
        assertThat(byDaysToChronic(false, 0, 50)).as("most days left first, chronic and no open episode still last")
                .containsExactly("Day27", "Day28", "Day69", "Day70", "Day83", "NoEpisode", "Discharged", "Day84", "Both");
        assertThat(byDaysToChronic(true, 4, 3)).as("a page across the two parts").containsExactly("Day27", "Both", "Day84");
        assertThat(byDaysToChronic(true, 7, 3)).containsExactly("Discharged", "NoEpisode");
        assertThat(day84).isNotNull();
    }

    private List<String> byDaysToChronic(boolean ascending, int offset, int limit) {
        return roster.page(caseload, List.of(new RosterSort(RosterSort.Column.DAYS_TO_CHRONIC, ascending)), TODAY,
                offset, limit).stream().map(RosterRow::familyName).toList();
    }

    @Test
    void theFlagFilterFindsOpenFlagsByTierAndTheRowShowsTheMostUrgent() {
        Patient emergency = withEpisodeOnsetDaysAgo("Emergency", 10);
        raise(emergency, RedFlag.SADDLE_NUMBNESS);
        raise(emergency, RedFlag.WORSENING);
        Patient review = withEpisodeOnsetDaysAgo("Review", 10);
        raise(review, RedFlag.WORSENING);
        Patient acknowledged = withEpisodeOnsetDaysAgo("Acknowledged", 10);
        RaisedFlag closed = raise(acknowledged, RedFlag.FEVER);
        flags.save(closed.acknowledge(new Acknowledgement(
                AcknowledgementAction.REFERRED_TO_PHYSICIAN, "GP today", therapist.id(),
                Fixtures.NOW)));

        assertThat(namesWith(FlagFilter.ANY)).containsExactly("Emergency", "Review");
        assertThat(namesWith(FlagFilter.EMERGENCY)).containsExactly("Emergency");
        assertThat(namesWith(FlagFilter.REVIEW)).containsExactly("Emergency", "Review");
        assertThat(namesWith(FlagFilter.URGENT)).isEmpty();
        assertThat(page(caseload, RosterSort.byName())).extracting(RosterRow::worstOpenFlag)
                .containsExactly(Optional.empty(), Optional.of(Tier.EMERGENCY), Optional.of(Tier.REVIEW));
    }

    /**
     * The V8 trigger ranks a patient's open flags with its own CASE of tier names; the roster
     * filters and reads that rank as core's {@link Tier} order ({@link FlagRank}). Reordering Tier,
     * or adding a tier, without a migration that ranks the same way fails here.
     */
    @Test
    void theTriggerRanksEachTierWhereCoreOrdersIt() {
        for (Tier tier : Tier.values()) {
            Patient patient = withEpisodeOnsetDaysAgo("Rank" + tier.name(), 10);
            raise(patient, Arrays.stream(RedFlag.values()).filter(sign -> sign.tier() == tier).findFirst().orElseThrow());

            assertThat(jdbc.queryForObject("select worst_flag from patient where id = ?", Integer.class,
                    patient.id().value())).as("rank stored for %s", tier).isEqualTo(FlagRank.of(tier));
            assertThat(page(caseload.withFlags(Optional.of(FlagFilter.ANY)), RosterSort.byName()))
                    .filteredOn(row -> row.id().equals(patient.id())).extracting(RosterRow::worstOpenFlag)
                    .containsExactly(Optional.of(tier));
        }
    }

    @Test
    void searchTermsBeyondTheLimitAreIgnored() {
        String family = Fixtures.unique("Qz");
        Patient patient = patients.save(Fixtures.patient(therapist, family, BORN_1980));
        String matching = String.join(" ", Collections.nCopies(RosterSql.MAX_SEARCH_TERMS, family));

        assertThat(idsFor(search(matching + " nowhere"))).containsExactly(patient.id().value());
        assertThat(idsFor(search(family + " nowhere"))).isEmpty();
    }

    /**
     * More rows than one fetch, so the cursor's batches and each batch's pain read (a second query on
     * the connection while the cursor is open) are both exercised.
     */
    @Test
    void anExportReadsEveryRowInThePagesOrderWithItsPainThroughACursor() {
        List<Patient> many = new ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            many.add(Fixtures.patient(therapist, String.format("Export%04d", i), BORN_1980));
        }
        transaction.executeWithoutResult(status -> seeding.insertAll(many));
        Patient withPain = many.get(777);
        Episode episode = episodes.save(Fixtures.lumbarEpisode(withPain, TODAY.minusDays(30)));
        checkIns.add(new CheckIn(UUID.randomUUID(), episode.id(), Fixtures.NOW.minusSeconds(86_400 * 20),
                CheckInSource.PHONE, Optional.of(new PainScore(8)), Optional.empty(), Set.of(), Set.of(),
                Optional.empty(), Optional.of(therapist.id())));
        List<RosterRow> exported = new ArrayList<>();

        transaction.executeWithoutResult(status -> roster.export(caseload, List.of(RosterSort.byName()), TODAY,
                1_000_000, exported::add));

        assertThat(idsFor(exported)).isEqualTo(many.stream().map(p -> p.id().value()).toList());
        assertThat(exported.get(777).pain()).map(change -> change.current().value()).contains(8);
        assertThat(exported.get(776).pain()).isEmpty();
    }

    @Test
    void anExportStopsReadingWhenTheReceiverHasGoneAndKeepsToItsLimit() {
        for (int i = 0; i < 5; i++) {
            patients.save(Fixtures.patient(therapist, "Stop" + i, BORN_1980));
        }
        List<RosterRow> taken = new ArrayList<>();

        transaction.executeWithoutResult(status -> roster.export(caseload, List.of(RosterSort.byName()), TODAY,
                1_000_000, row -> taken.add(row) && taken.size() < 2));
        assertThat(taken).hasSize(2);

        taken.clear();
        transaction.executeWithoutResult(status -> roster.export(caseload, List.of(RosterSort.byName()), TODAY, 3,
                taken::add));
        assertThat(taken).extracting(RosterRow::familyName).containsExactly("Stop0", "Stop1", "Stop2");
    }

    private Patient withEpisodeOnsetDaysAgo(String family, int days) {
        Patient patient = patients.save(Fixtures.patient(therapist, family, BORN_1980));
        episodes.save(Fixtures.lumbarEpisode(patient, TODAY.minusDays(days)));
        return patient;
    }

    private RaisedFlag raise(Patient patient, RedFlag sign) {
        Episode episode = episodes.forPatient(patient.id()).getFirst();
        RaisedFlag flag = RaisedFlag.raise(episode.id(), patient.id(), sign, Fixtures.NOW, therapist.id(),
                Optional.empty());
        flags.add(flag);
        return flag;
    }

    private List<String> namesWith(StageFilter stage) {
        return page(caseload.withStage(Optional.of(stage)), RosterSort.byName()).stream()
                .map(RosterRow::familyName).toList();
    }

    private List<String> namesWith(FlagFilter filter) {
        return page(caseload.withFlags(Optional.of(filter)), RosterSort.byName()).stream()
                .map(RosterRow::familyName).toList();
    }

    private List<RosterRow> page(RosterQuery query, RosterSort sort) {
        return roster.page(query, List.of(sort), TODAY, 0, 50);
    }

    private List<RosterRow> search(String text) {
        return page(new RosterQuery(Optional.of(text), Optional.of(therapist.id()), false), RosterSort.byName());
    }

    private static List<UUID> idsFor(List<RosterRow> rows) {
        return rows.stream().map(r -> r.id().value()).toList();
    }
}

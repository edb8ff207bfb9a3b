package org.backboard.core.care;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.patient.InMemoryPatients;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.worklist.FlagOnCaseload;
import org.backboard.core.worklist.ItemAcknowledgement;
import org.backboard.core.worklist.ItemAcknowledgements;
import org.backboard.core.worklist.ItemKey;
import org.backboard.core.worklist.OpenEpisode;
import org.backboard.core.worklist.PainReading;
import org.backboard.core.worklist.PatientRef;
import org.backboard.core.worklist.WorklistSources;

/** Test fakes of the outcome, acknowledgement and worklist ports, reading the other care fakes. */
final class InMemoryProgress {

    private InMemoryProgress() {
    }

    static final class InMemoryOutcomes implements OutcomeMeasures {
        private final List<OutcomeAdministration> stored = new ArrayList<>();

        @Override
        public void add(OutcomeAdministration administration) {
            stored.add(administration);
        }

        @Override
        public Map<EpisodeId, List<OutcomeAdministration>> forEpisodes(Collection<EpisodeId> episodes) {
            return stored.stream().filter(a -> episodes.contains(a.episode()))
                    .sorted(Comparator.comparing(OutcomeAdministration::takenOn))
                    .collect(Collectors.groupingBy(OutcomeAdministration::episode));
        }
    }

    static final class InMemoryAcknowledgements implements ItemAcknowledgements {
        private final List<ItemAcknowledgement> stored = new ArrayList<>();

        @Override
        public boolean add(ItemAcknowledgement acknowledgement) {
            if (stored.stream().anyMatch(a -> a.key().equals(acknowledgement.key()))) {
                return false;
            }
            return stored.add(acknowledgement);
        }

        @Override
        public Set<ItemKey> acknowledged(Collection<EpisodeId> episodes) {
            return stored.stream().map(ItemAcknowledgement::key).filter(k -> episodes.contains(k.episode()))
                    .collect(Collectors.toSet());
        }

        List<ItemAcknowledgement> all() {
            return List.copyOf(stored);
        }
    }

    /** The store's queries over the fakes: active patients, open episodes, open flags. */
    record InMemorySources(InMemoryPatients patients, InMemoryCare.InMemoryEpisodes episodes,
                           InMemoryCare.InMemoryCheckIns checkIns, InMemoryCare.InMemoryFlags flags)
            implements WorklistSources {

        @Override
        public List<OpenEpisode> openEpisodes(Optional<ClinicianId> therapist, ZoneId zone) {
            return patients.all().stream().filter(p -> !p.isArchived())
                    .filter(p -> therapist.map(p.therapist()::equals).orElse(true))
                    .flatMap(p -> openEpisodesOf(p.id(), zone).stream()).toList();
        }

        @Override
        public int countOpenEpisodes(Optional<ClinicianId> therapist) {
            return patients.all().stream().filter(p -> !p.isArchived())
                    .filter(p -> therapist.map(p.therapist()::equals).orElse(true))
                    .mapToInt(p -> (int) episodes.forPatient(p.id()).stream().filter(e -> !e.isDischarged()).count())
                    .sum();
        }

        @Override
        public List<OpenEpisode> openEpisodesOf(PatientId id, ZoneId zone) {
            Patient patient = patients.find(id).orElseThrow();
            List<OpenEpisode> open = new ArrayList<>();
            if (patient.isArchived()) {
                return open; // as the store: an archived patient's episodes are not chased
            }
            for (Episode episode : episodes.forPatient(id)) {
                if (episode.isDischarged()) {
                    continue;
                }
                List<CheckIn> timeline = checkIns.timeline(episode.id());
                open.add(new OpenEpisode(ref(patient), episode.id(), episode.status(),
                        episode.details().onset().date(), episode.details().startDate(),
                        timeline.stream().filter(c -> c.pain().isPresent()).findFirst().map(c -> reading(c, zone)),
                        timeline.reversed().stream().filter(c -> c.pain().isPresent()).findFirst()
                                .map(c -> reading(c, zone)),
                        timeline.isEmpty() ? Optional.empty()
                                : Optional.of(LocalDate.ofInstant(timeline.getLast().takenAt(), zone))));
            }
            return open;
        }

        @Override
        public List<FlagOnCaseload> openFlags(Optional<ClinicianId> therapist) {
            return flags.all().stream().filter(f -> f.isOpen())
                    .map(f -> new FlagOnCaseload(f, ref(patients.find(f.patient()).orElseThrow())))
                    .filter(f -> therapist.map(f.patient().therapist()::equals).orElse(true))
                    .toList();
        }

        private static PatientRef ref(Patient patient) {
            return new PatientRef(patient.id(), patient.details().name().sortable(), patient.therapist());
        }

        private static PainReading reading(CheckIn checkIn, ZoneId zone) {
            return new PainReading(checkIn.pain().orElseThrow(), LocalDate.ofInstant(checkIn.takenAt(), zone));
        }
    }
}

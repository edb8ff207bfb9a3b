package org.backboard.core.care;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.PatientId;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckIns;

/** Test fakes of the care ports, with the stores' optimistic locking and one open flag per sign. */
final class InMemoryCare {

    private InMemoryCare() {
    }

    static final class InMemoryEpisodes implements Episodes {
        private final Map<EpisodeId, Episode> stored = new LinkedHashMap<>();

        @Override
        public Optional<Episode> find(EpisodeId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<Episode> forPatient(PatientId patient) {
            return stored.values().stream().filter(e -> e.patient().equals(patient))
                    .sorted(Comparator.comparing((Episode e) -> e.details().startDate()).reversed()).toList();
        }

        @Override
        public List<Episode> forPatients(Collection<PatientId> patients) {
            return patients.stream().flatMap(patient -> forPatient(patient).stream()).toList();
        }

        @Override
        public Episode save(Episode episode) {
            Episode current = stored.get(episode.id());
            if (current != null && current.version() != episode.version()) {
                throw new ConcurrentChangeException("this episode");
            }
            Episode saved = new Episode(episode.id(), episode.patient(), episode.details(), episode.therapist(),
                    episode.status(), episode.discharge(), episode.version() + 1);
            stored.put(saved.id(), saved);
            return saved;
        }
    }

    static final class InMemoryCheckIns implements CheckIns {
        private final List<CheckIn> stored = new ArrayList<>();

        @Override
        public void add(CheckIn checkIn) {
            stored.add(checkIn);
        }

        @Override
        public List<CheckIn> timeline(EpisodeId episode) {
            return stored.stream().filter(c -> c.episode().equals(episode))
                    .sorted(Comparator.comparing(CheckIn::takenAt)).toList();
        }

        @Override
        public Map<EpisodeId, List<CheckIn>> timelines(Collection<EpisodeId> episodes) {
            return episodes.stream().filter(id -> !timeline(id).isEmpty())
                    .collect(Collectors.toMap(id -> id, this::timeline));
        }
    }

    static final class InMemoryFlags implements RaisedFlags {
        private final Map<UUID, RaisedFlag> stored = new LinkedHashMap<>();

        @Override
        public Optional<RaisedFlag> find(UUID id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public List<RaisedFlag> forPatient(PatientId patient) {
            return stored.values().stream().filter(f -> f.patient().equals(patient)).toList();
        }

        @Override
        public List<RaisedFlag> forPatients(Collection<PatientId> patients) {
            return stored.values().stream().filter(f -> patients.contains(f.patient())).toList();
        }

        @Override
        public Set<RedFlag> openSigns(EpisodeId episode) {
            Set<RedFlag> signs = EnumSet.noneOf(RedFlag.class);
            stored.values().stream().filter(f -> f.episode().equals(episode) && f.isOpen())
                    .forEach(f -> signs.add(f.sign()));
            return signs;
        }

        @Override
        public void add(RaisedFlag flag) {
            if (openSigns(flag.episode()).contains(flag.sign())) {
                throw new IllegalStateException("one open flag per sign and episode");
            }
            stored.put(flag.id(), flag);
        }

        @Override
        public RaisedFlag save(RaisedFlag flag) {
            RaisedFlag current = stored.get(flag.id());
            if (current.version() != flag.version() || !current.isOpen()) {
                throw new ConcurrentChangeException("this red flag");
            }
            RaisedFlag saved = new RaisedFlag(flag.id(), flag.episode(), flag.patient(), flag.sign(), flag.raisedAt(),
                    flag.raisedBy(), flag.checkIn(), flag.acknowledgement(), flag.version() + 1);
            stored.put(saved.id(), saved);
            return saved;
        }

        List<RaisedFlag> all() {
            return List.copyOf(stored.values());
        }
    }
}

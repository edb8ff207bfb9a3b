package org.backboard.core.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.exercise.ExerciseDetails;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.exercise.Exercises;
import org.backboard.core.exercise.TargetRegion;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.ExerciseSessions;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.ProgramTemplates;
import org.backboard.core.program.Programs;
import org.backboard.core.program.TemplateId;
import org.backboard.core.shared.ConcurrentChangeException;

/** In-memory program, session, library and template ports for the service tests. */
final class InMemoryPrograms {

    private InMemoryPrograms() {
    }

    static Exercise exercise(String name, ExerciseCategory category, Dosage dosage) {
        return Exercise.add(new ExerciseDetails(name, category, TargetRegion.LOWER_BACK,
                List.of("Get ready.", "Move.", "Rest."), "", dosage));
    }

    static final class InMemoryExercises implements Exercises {
        private final Map<ExerciseId, Exercise> stored = new LinkedHashMap<>();

        @Override
        public List<Exercise> all() {
            return stored.values().stream().sorted(Comparator.comparing(Exercise::name)).toList();
        }

        @Override
        public Optional<Exercise> find(ExerciseId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Map<ExerciseId, Exercise> byIds(Collection<ExerciseId> ids) {
            return ids.stream().filter(stored::containsKey).distinct()
                    .collect(Collectors.toMap(Function.identity(), stored::get));
        }

        @Override
        public boolean nameTaken(String name, Optional<ExerciseId> except) {
            return stored.values().stream().anyMatch(e -> e.name().equalsIgnoreCase(name)
                    && !Optional.of(e.id()).equals(except));
        }

        @Override
        public Exercise save(Exercise exercise) {
            Exercise current = stored.get(exercise.id());
            if (current != null && current.version() != exercise.version()) {
                throw new ConcurrentChangeException("this exercise");
            }
            Exercise saved = new Exercise(exercise.id(), exercise.details(), exercise.retired(), exercise.version() + 1);
            stored.put(saved.id(), saved);
            return saved;
        }
    }

    static final class InMemoryTemplates implements ProgramTemplates {
        private final Map<TemplateId, ProgramTemplate> stored = new LinkedHashMap<>();

        @Override
        public List<ProgramTemplate> all() {
            return List.copyOf(stored.values());
        }

        @Override
        public Optional<ProgramTemplate> find(TemplateId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public ProgramTemplate save(ProgramTemplate template) {
            ProgramTemplate current = stored.get(template.id());
            if (current != null && current.version() != template.version()) {
                throw new ConcurrentChangeException("this template");
            }
            ProgramTemplate saved = new ProgramTemplate(template.id(), template.name(), template.description(),
                    template.prescriptions(), template.retired(), template.version() + 1);
            stored.put(saved.id(), saved);
            return saved;
        }
    }

    static final class InMemoryProgramStore implements Programs {
        private final Map<ProgramId, Program> stored = new LinkedHashMap<>();

        @Override
        public Optional<Program> find(ProgramId id) {
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public Map<EpisodeId, Program> forEpisodes(Collection<EpisodeId> episodes) {
            return stored.values().stream().filter(p -> episodes.contains(p.episode()))
                    .collect(Collectors.toMap(Program::episode, Function.identity()));
        }

        @Override
        public Program add(Program program) {
            Program saved = new Program(program.id(), program.episode(), program.patient(), program.versions(), 1);
            stored.put(saved.id(), saved);
            return saved;
        }

        @Override
        public Program addVersion(Program program) {
            if (stored.get(program.id()).version() != program.version()) {
                throw new ConcurrentChangeException("this program");
            }
            Program saved = new Program(program.id(), program.episode(), program.patient(), program.versions(),
                    program.version() + 1);
            stored.put(saved.id(), saved);
            return saved;
        }
    }

    static final class InMemorySessions implements ExerciseSessions {
        private final List<ExerciseSession> stored = new ArrayList<>();

        @Override
        public void add(ExerciseSession session) {
            stored.add(session);
        }

        @Override
        public Map<ProgramId, List<ExerciseSession>> between(Collection<ProgramId> programs, LocalDate from,
                                                              LocalDate to) {
            return stored.stream()
                    .filter(s -> programs.contains(s.program()) && !s.date().isBefore(from) && !s.date().isAfter(to))
                    .sorted(Comparator.comparing(ExerciseSession::date))
                    .collect(Collectors.groupingBy(ExerciseSession::program));
        }

        @Override
        public Map<ProgramId, LocalDate> lastSessionDays(Collection<ProgramId> programs) {
            return stored.stream().filter(s -> programs.contains(s.program()))
                    .collect(Collectors.toMap(ExerciseSession::program, ExerciseSession::date,
                            (a, b) -> a.isAfter(b) ? a : b));
        }
    }
}

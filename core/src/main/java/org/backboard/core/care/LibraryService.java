package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.exercise.ExerciseDraft;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.exercise.Exercises;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.ProgramDraft;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.ProgramTemplates;
import org.backboard.core.program.TemplateId;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;
import org.backboard.core.shared.Texts;

/**
 * The clinic's exercise library and program templates: every clinician reads them, clinic leads
 * change them. Nothing is deleted: a retired exercise or template stays readable in the programs
 * that used it.
 */
public class LibraryService {

    static final String CONFLICT = "Someone else changed this after you opened it. "
            + "Reload to see their change, then apply yours again.";

    private final Exercises exercises;
    private final ProgramTemplates templates;
    private final Clinicians clinicians;
    private final AuditTrail audit;
    private final Clock clock;

    public LibraryService(Exercises exercises, ProgramTemplates templates, Clinicians clinicians, AuditTrail audit,
                          Clock clock) {
        this.exercises = exercises;
        this.templates = templates;
        this.clinicians = clinicians;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Exercises whose name matches every search word, in a category if one is given. Reference data
     * without patient data: open to any signed-in clinician, so not audited.
     */
    public List<Exercise> exercises(String search, Optional<ExerciseCategory> category, boolean includeRetired) {
        List<String> words = search == null || search.isBlank() ? List.of()
                : List.of(search.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        return exercises.all().stream()
                .filter(e -> includeRetired || !e.retired())
                .filter(e -> category.map(c -> e.details().category() == c).orElse(true))
                .filter(e -> words.stream().allMatch(e.name().toLowerCase(Locale.ROOT)::contains))
                .toList();
    }

    @Transactional
    public Result<Exercise> addExercise(Actor actor, ExerciseDraft draft) {
        Actor lead = lead(actor);
        List<FieldProblem> problems = exerciseProblems(draft, Optional.empty());
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        Exercise saved = exercises.save(Exercise.add(draft.toDetails()));
        record(lead, AuditAction.EXERCISE_ADDED, "exercise", saved.id().value(), List.of());
        return new Result.Saved<>(saved);
    }

    @Transactional
    public Result<Exercise> editExercise(Actor actor, ExerciseId id, long loadedVersion, ExerciseDraft draft) {
        Actor lead = lead(actor);
        List<FieldProblem> problems = exerciseProblems(draft, Optional.of(id));
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        return changeExercise(lead, id, loadedVersion, AuditAction.EXERCISE_UPDATED,
                current -> current.edit(draft.toDetails()));
    }

    @Transactional
    public Result<Exercise> retireExercise(Actor actor, ExerciseId id, long loadedVersion) {
        return changeExercise(lead(actor), id, loadedVersion, AuditAction.EXERCISE_RETIRED, Exercise::retire);
    }

    @Transactional
    public Result<Exercise> reinstateExercise(Actor actor, ExerciseId id, long loadedVersion) {
        return changeExercise(lead(actor), id, loadedVersion, AuditAction.EXERCISE_REINSTATED, Exercise::reinstate);
    }

    public List<ProgramTemplate> templates(boolean includeRetired) {
        return templates.all().stream().filter(t -> includeRetired || !t.retired()).toList();
    }

    /** A template's exercises are checked as a program's are (no retired exercise, none twice). */
    @Transactional
    public Result<ProgramTemplate> saveTemplate(Actor actor, Optional<TemplateId> id, long loadedVersion,
                                                    String name, String description, ProgramDraft items) {
        Actor lead = lead(actor);
        Optional<ProgramTemplate> current = id.flatMap(templates::find);
        if (id.isPresent() && current.isEmpty()) {
            return new Result.NotFound<>();
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<String> badName = Texts.problem(name, Texts.Shape.LINE, ProgramTemplate.MAX_NAME,
                "A name has at most 80 characters");
        if (Texts.isBlank(name)) {
            problems.add(new FieldProblem("name", "Give the template a name"));
        } else if (badName.isPresent()) {
            problems.add(new FieldProblem("name", badName.get()));
        } else if (templates.all().stream().anyMatch(t -> t.name().equalsIgnoreCase(Texts.strip(name))
                && !Optional.of(t.id()).equals(id))) {
            problems.add(new FieldProblem("name", "Another template already has this name"));
        }
        Texts.problem(description, Texts.Shape.LINES, ProgramTemplate.MAX_DESCRIPTION,
                        "A description has at most 300 characters")
                .ifPresent(message -> problems.add(new FieldProblem("description", message)));
        Set<ExerciseId> kept = current.map(t -> t.prescriptions().stream().map(Prescription::exercise)
                .collect(Collectors.toSet())).orElse(Set.of());
        problems.addAll(items.itemProblems(exercises.byIds(items.exercises()), kept));
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        if (current.isPresent() && current.get().version() != loadedVersion) {
            return new Result.Conflict<>(CONFLICT);
        }
        ProgramTemplate changed = current.map(t -> t.edit(name, description, items.prescriptions()))
                .orElseGet(() -> new ProgramTemplate(TemplateId.newId(), name, description, items.prescriptions(),
                        false, 0));
        return saveTemplate(lead, changed, current.isPresent() ? AuditAction.TEMPLATE_UPDATED : AuditAction.TEMPLATE_ADDED);
    }

    @Transactional
    public Result<ProgramTemplate> retireTemplate(Actor actor, TemplateId id, long loadedVersion) {
        Actor lead = lead(actor);
        Optional<ProgramTemplate> current = templates.find(id);
        if (current.isEmpty()) {
            return new Result.NotFound<>();
        }
        if (current.get().version() != loadedVersion) {
            return new Result.Conflict<>(CONFLICT);
        }
        return saveTemplate(lead, current.get().retire(), AuditAction.TEMPLATE_RETIRED);
    }

    private Result<ProgramTemplate> saveTemplate(Actor lead, ProgramTemplate template, AuditAction action) {
        // a race lost in the store is an exception: the transaction must roll back (the ui says so)
        ProgramTemplate saved = templates.save(template);
        record(lead, action, "program_template", saved.id().value(), List.of());
        return new Result.Saved<>(saved);
    }

    private Result<Exercise> changeExercise(Actor lead, ExerciseId id, long loadedVersion, AuditAction action,
                                                Function<Exercise, Exercise> verb) {
        Optional<Exercise> current = exercises.find(id);
        if (current.isEmpty()) {
            return new Result.NotFound<>();
        }
        if (current.get().version() != loadedVersion) {
            return new Result.Conflict<>(CONFLICT);
        }
        // a race lost in the store is an exception: the transaction must roll back (the ui says so)
        Exercise saved = exercises.save(verb.apply(current.get()));
        record(lead, action, "exercise", saved.id().value(), List.of());
        return new Result.Saved<>(saved);
    }

    private List<FieldProblem> exerciseProblems(ExerciseDraft draft, Optional<ExerciseId> except) {
        List<FieldProblem> problems = new ArrayList<>(draft.problems());
        if (!Texts.isBlank(draft.name()) && Texts.problem(draft.name(), Texts.Shape.LINE).isEmpty()
                && exercises.nameTaken(Texts.strip(draft.name()), except)) {
            problems.add(new FieldProblem("name", "The library already has an exercise with this name"));
        }
        return problems;
    }

    private Actor lead(Actor claimed) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        if (!actor.isLead()) {
            throw new NotPermittedException("only clinic leads change the exercise library and templates");
        }
        return actor;
    }

    private void record(Actor actor, AuditAction action, String entity, UUID id, List<String> fields) {
        audit.record(AuditEvent.onLibrary(clock.instant(), actor.id(), action, entity, id, fields));
    }
}

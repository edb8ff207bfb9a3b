package org.backboard.ui.program;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.backboard.core.care.LibraryService;
import org.backboard.core.care.ProgramService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episode;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramDraft;
import org.backboard.ui.components.FormDialog;

/** Starts a program on an episode, or revises one into a new version (the old one stays as it was). */
public final class ProgramDialog {

    private ProgramDialog() {
    }

    static FormDialog forNew(ProgramService programs, LibraryService library, Actor actor, Episode episode,
                             LocalDate today, Runnable onSaved) {
        FormDialog dialog = wide(new FormDialog("Start a home exercise program", "program-dialog", "Save program"));
        DatePicker start = date("Start date", today.isBefore(episode.details().startDate())
                ? episode.details().startDate() : today);
        PrescriptionEditor editor = new PrescriptionEditor(libraryOf(library), library.templates(false));
        dialog.add(start, editor);
        dialog.field("effectiveFrom", start);
        dialog.onSave(() -> programs.start(actor, episode.id(), new ProgramDraft(start.getValue(), editor.drafts(dialog))),
                onSaved);
        return dialog;
    }

    static FormDialog forRevision(ProgramService programs, LibraryService library, Actor actor, Program program,
                                  LocalDate today, Runnable onSaved) {
        int next = program.latest().number() + 1;
        FormDialog dialog = wide(new FormDialog("Revise the program (version " + next + ")", "program-dialog",
                "Save version " + next));
        LocalDate latest = program.latest().effectiveFrom();
        DatePicker effective = date("Takes effect on", latest.isAfter(today) ? latest : today);
        PrescriptionEditor editor = new PrescriptionEditor(libraryOf(library), library.templates(false));
        editor.setPrescriptions(program.latest().prescriptions());
        dialog.add(effective, editor);
        dialog.field("effectiveFrom", effective);
        dialog.onSave(() -> programs.revise(actor, program.id(), program.version(),
                new ProgramDraft(effective.getValue(), editor.drafts(dialog))), onSaved);
        return dialog;
    }

    private static FormDialog wide(FormDialog dialog) {
        dialog.setWidth(PrescriptionEditor.DIALOG_WIDTH);
        return dialog;
    }

    private static DatePicker date(String label, LocalDate value) {
        DatePicker date = new DatePicker(label);
        date.setValue(value);
        date.setId("program-effective-from");
        return date;
    }

    /** Every exercise, retired ones too: a program may still hold them. */
    public static Map<ExerciseId, Exercise> libraryOf(LibraryService library) {
        return library.exercises("", Optional.empty(), true).stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
    }
}

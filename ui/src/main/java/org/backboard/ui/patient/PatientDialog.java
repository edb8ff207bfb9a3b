package org.backboard.ui.patient;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.clinician.ClinicianDirectory;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDraft;
import org.backboard.core.patient.PatientService;
import org.backboard.core.shared.Result;

/** Registers a new patient or edits one; stays open with the problems shown until a save succeeds. */
public class PatientDialog extends Dialog {

    private final PatientForm form;
    private final Function<PatientDraft, Result<Patient>> save;
    private final Supplier<Result<Patient>> mrnRefused;
    private final Paragraph error = new Paragraph();
    private Runnable onConflict = () -> { };

    private PatientDialog(String title, PatientForm form, Function<PatientDraft, Result<Patient>> save,
                          Supplier<Result<Patient>> mrnRefused) {
        this.form = form;
        this.save = save;
        this.mrnRefused = mrnRefused;
        setHeaderTitle(title);
        setId("patient-dialog");
        setWidth("min(44em, 95vw)");
        error.addClassName("bb-form-error");
        error.setVisible(false);
        error.setId("patient-dialog-error");
        add(error, form);

        Button saveButton = new Button("Save", click -> trySave());
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        saveButton.setId("patient-save");
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, saveButton);
    }

    public static PatientDialog forNew(PatientService patients, ClinicianDirectory clinicians, Actor actor) {
        List<ClinicianSummary> therapists = actor.isLead() ? clinicians.activeTherapists() : List.of();
        PatientForm form = new PatientForm(patients.today(), therapists);
        form.edit(new PatientFormData());
        return new PatientDialog("New patient", form, draft -> patients.register(actor, draft),
                () -> patients.refuseTakenMrn(actor, Optional.empty()));
    }

    static PatientDialog forEdit(PatientService patients, Actor actor, Patient patient) {
        PatientForm form = new PatientForm(patients.today(), List.of());
        form.edit(PatientFormData.of(patient));
        return new PatientDialog("Edit patient", form,
                draft -> patients.update(actor, patient.id(), patient.version(), draft),
                () -> patients.refuseTakenMrn(actor, Optional.of(patient.id())));
    }

    /** Runs when a save lost to someone else's change, so the page behind can show that change. */
    void onConflict(Runnable action) {
        this.onConflict = action;
    }

    public Registration addSaveListener(ComponentEventListener<PatientSavedEvent> listener) {
        return addListener(PatientSavedEvent.class, listener);
    }

    private void trySave() {
        form.read().ifPresent(data -> handle(TakenMrn.guarded(() -> save.apply(data.toDraft()), mrnRefused)));
    }

    private void handle(Result<Patient> result) {
        switch (result) {
            case Result.Saved<Patient> saved -> {
                fireEvent(new PatientSavedEvent(this, saved.value()));
                close();
            }
            case Result.Rejected<Patient> rejected -> form.showProblems(rejected.problems())
                    .forEach(unplaced -> showError(unplaced.message()));
            case Result.Conflict<Patient> conflict -> {
                onConflict.run();
                showError("Someone else changed this patient after you opened it, so nothing was saved. "
                        + "Their change is now on the page: close this dialog and edit again.");
            }
            case Result.NotFound<Patient> notFound -> showError("This patient no longer exists or is not on your caseload.");
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}

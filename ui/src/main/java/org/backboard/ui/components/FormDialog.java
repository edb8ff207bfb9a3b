package org.backboard.ui.components;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Supplier;
import org.backboard.core.shared.Result;

/**
 * A form dialog for a change to the care record. It stays open with each problem shown on its
 * field until the save succeeds; a lost race (someone else saved first) says so and keeps nothing.
 */
public class FormDialog extends Dialog {

    private final FormProblems problems;
    private final Button save;
    private Supplier<Result<?>> action = Result.NotFound::new;
    private Runnable onSaved = () -> { };

    public FormDialog(String title, String id, String saveLabel) {
        setHeaderTitle(title);
        setId(id);
        setWidth("min(44em, 95vw)");
        problems = new FormProblems(id + "-error");
        add(problems.message());
        save = new Button(saveLabel, click -> trySave());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId(id + "-save");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    /** Problems the service reports for {@code name} are shown on this component. */
    public void field(String name, HasValidation component) {
        problems.field(name, component);
    }

    /** What saving does, and what happens after it succeeded (typically: reload the page behind). */
    public void onSave(Supplier<Result<?>> action, Runnable onSaved) {
        this.action = action;
        this.onSaved = onSaved;
    }

    private void trySave() {
        problems.clear();
        switch (LostRace.guarded(action::get)) {
            case Result.Saved<?> saved -> {
                close();
                onSaved.run();
            }
            case Result.Rejected<?> rejected -> rejected.problems().forEach(problems::show);
            case Result.Conflict<?> conflict -> problems.show(conflict.message());
            case Result.NotFound<?> notFound ->
                    problems.show("This record no longer exists or is not on your caseload.");
        }
    }
}

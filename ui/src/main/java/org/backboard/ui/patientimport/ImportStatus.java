package org.backboard.ui.patientimport;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Where the import page says what it is doing: a progress bar with its step in words (announced to
 * screen readers as a status), or why a file was refused (announced at once).
 */
final class ImportStatus extends Div {

    private final ProgressBar bar = new ProgressBar();
    private final Span step = new Span();
    private final Div refusal = new Div();

    ImportStatus() {
        setId("import-status");
        addClassName("bb-import-status");
        bar.setId("import-progress");
        bar.getElement().setAttribute("aria-label", "Progress");
        step.setId("import-step");
        step.getElement().setAttribute("role", "status");
        refusal.setId("import-refusal");
        refusal.getElement().setAttribute("role", "alert");
        refusal.addClassName("bb-import-refusal");
        add(bar, step, refusal);
    }

    void working(String what) {
        bar.setIndeterminate(true);
        show(what);
    }

    void progress(String what, double fraction) {
        bar.setIndeterminate(false);
        bar.setValue(Math.clamp(fraction, 0, 1));
        show(what);
    }

    /** No work under way; {@code note} is what is left to say (may be empty). */
    void done(String note) {
        setVisible(!note.isEmpty());
        bar.setVisible(false);
        step.setText(note);
        refusal.setVisible(false);
    }

    void refused(String why) {
        setVisible(true);
        bar.setVisible(false);
        step.setText("");
        refusal.setText(why);
        refusal.setVisible(true);
    }

    private void show(String what) {
        setVisible(true);
        bar.setVisible(true);
        step.setText(what);
        refusal.setVisible(false);
    }
}

package org.backboard.core.patientimport;

/** How far a preview or an import has come, for a progress bar; called every few hundred rows. */
@FunctionalInterface
public interface ImportProgress {

    enum Stage { CHECKING, SAVING }

    void reached(Stage stage, int done, int total);

    static ImportProgress none() {
        return (stage, done, total) -> { };
    }
}

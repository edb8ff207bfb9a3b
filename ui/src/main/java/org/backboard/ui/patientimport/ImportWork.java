package org.backboard.ui.patientimport;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.backboard.core.clinician.Actor;
import org.backboard.core.patient.DuplicateMrnException;
import org.backboard.core.patientimport.ImportPreview;
import org.backboard.core.patientimport.ImportProgress;
import org.backboard.core.patientimport.ImportReport;
import org.backboard.core.patientimport.PatientImportService;
import org.backboard.core.shared.Result;
import org.backboard.ui.csv.CsvRefusal;

/**
 * Runs a preview or an import on a thread of its own, so the page stays responsive and shows its
 * progress through server push; every result reaches the page in its UI's lock. An error the page
 * does not expect goes to the session's error handler (an incident), as a click's would.
 */
final class ImportWork {

    /** A batch that loses a race for an MRN is run again; this bounds a file that keeps losing. */
    static final int ATTEMPTS = 3;

    private final PatientImportService imports;
    private final Actor actor;
    private final UI ui;

    ImportWork(PatientImportService imports, Actor actor, UI ui) {
        this.imports = imports;
        this.actor = actor;
        this.ui = ui;
    }

    void preview(byte[] bytes, ImportProgress progress, BiConsumer<PatientCsv, ImportPreview> shown,
                 Consumer<String> refused, Runnable failed) {
        start(failed, () -> {
            PatientCsv file;
            try {
                file = PatientCsv.read(bytes);
            } catch (CsvRefusal refusal) {
                show(() -> refused.accept(refusal.getMessage()));
                return;
            }
            ImportPreview preview = imports.preview(actor, file.rows(), progress);
            show(() -> shown.accept(file, preview));
        });
    }

    void confirm(PatientCsv file, ImportProgress progress, Consumer<Result<ImportReport>> done, Runnable failed) {
        start(failed, () -> {
            Result<ImportReport> result = untilNoRaceIsLost(() -> imports.confirm(actor, file.rows(), progress));
            show(() -> done.accept(result));
        });
    }

    /**
     * The import saves its batch in one transaction, so a patient registered meanwhile with one of its
     * MRNs makes the unique index refuse all of it: nothing is saved. Run again, the import's own check
     * finds that MRN taken and refuses that row, and saves the rest.
     */
    static <T> T untilNoRaceIsLost(Supplier<T> importing) {
        for (int attempt = 1; ; attempt++) {
            try {
                return importing.get();
            } catch (DuplicateMrnException raced) {
                if (attempt == ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** Progress for the page, in its lock. */
    void show(Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException gone) {
            // the lead left the page; the work is done (or was refused) all the same
        }
    }

    private void start(Runnable failed, Runnable work) {
        Thread.ofVirtual().name("patient-import").start(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                show(() -> {
                    failed.run();
                    throw e;
                });
            }
        });
    }
}

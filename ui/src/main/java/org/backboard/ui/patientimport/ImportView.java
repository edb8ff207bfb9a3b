package org.backboard.ui.patientimport;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.backboard.core.patientimport.CheckedRow;
import org.backboard.core.patientimport.ImportPreview;
import org.backboard.core.patientimport.ImportProgress;
import org.backboard.core.patientimport.ImportReport;
import org.backboard.core.patientimport.PatientImportService;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.ui.security.CurrentClinician;

/**
 * Clinic leads: a patient list in, from a CSV file. The upload is previewed row by row with every
 * problem on its cell; nothing is saved until the lead confirms, and then every valid row is saved in
 * one transaction and the others are reported.
 */
@Route("patients/import")
@PageTitle("Import patients | Backboard")
@RolesAllowed("LEAD")
public class ImportView extends VerticalLayout {

    private static final long PROGRESS_EVERY_NANOS = 200_000_000;
    private static final int MULTIPART_OVERHEAD = 64 * 1024;

    private final PatientImportService imports;
    private final CurrentClinician current;
    private final Upload upload = new Upload();
    private final ImportStatus status = new ImportStatus();
    private final Div summary = new Div();
    private final Checkbox onlyProblems = new Checkbox("Only rows with problems");
    private final PreviewGrid grid = new PreviewGrid();
    private final Button confirm = new Button();
    private final Button another = new Button("Choose another file", click -> reset());
    private ImportWork work;
    private PatientCsv file;
    private List<CheckedRow> rows = List.of();

    public ImportView(PatientImportService imports, CurrentClinician current) {
        this.imports = imports;
        this.current = current;
        setSizeFull();
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PatientCsv.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadHandler(new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                received(event);
            }

            /** The browser refuses a larger file before sending it; this refuses a forged request. */
            @Override
            public long getRequestSizeMax() {
                return PatientCsv.MAX_BYTES + MULTIPART_OVERHEAD;
            }
        });
        upload.addFileRejectedListener(rejected -> refused(rejected.getErrorMessage().contains("Big")
                ? PatientCsv.tooLarge() : "Choose a .csv file."));
        summary.setId("import-summary");
        onlyProblems.setId("import-only-problems");
        onlyProblems.addValueChangeListener(change -> showRows());
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> importRows());
        another.setId("import-another");
        HorizontalLayout actions = new HorizontalLayout(confirm, another);
        actions.setWrap(true);
        HorizontalLayout over = new HorizontalLayout(summary, onlyProblems);
        over.setWrap(true);
        over.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2("Import patients"), new Paragraph("Bring a patient list in from a spreadsheet. Every row is "
                + "checked and shown here first; nothing is saved until you confirm."), upload, new FileFormat(),
                status, over, actions, grid);
        expand(grid);
        reset();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        work = new ImportWork(imports, current.actor(), attach.getUI());
    }

    /** On the upload's request thread: read at most one byte past the limit, then check away from it. */
    private void received(UploadEvent event) throws IOException {
        byte[] bytes = event.getInputStream().readNBytes(PatientCsv.MAX_BYTES + 1);
        work.show(() -> status.working("Checking the file…"));
        work.preview(bytes, progress(), this::previewed, this::refused, this::reset);
    }

    private void previewed(PatientCsv read, ImportPreview preview) {
        file = read;
        rows = preview.rows();
        upload.clearFileList();
        upload.setVisible(false);
        status.done(ImportWords.ignored(read.header().ignored()));
        summary.setText(ImportWords.preview(preview));
        confirm.setText(ImportWords.confirm(preview));
        confirm.setEnabled(preview.ready() > 0);
        confirm.setVisible(true);
        onlyProblems.setVisible(true);
        another.setVisible(true);
        showRows();
    }

    private void importRows() {
        upload.setVisible(false);
        another.setEnabled(false);
        status.working("Importing…");
        work.confirm(file, progress(), this::imported, this::reset);
    }

    private void imported(Result<ImportReport> result) {
        confirm.setVisible(false);
        another.setEnabled(true);
        onlyProblems.setVisible(false);
        switch (result) {
            case Result.Saved<ImportReport> saved -> {
                status.done("");
                summary.setText(ImportWords.report(saved.value()));
                rows = saved.value().refused();
                onlyProblems.setValue(false);
                grid.setVisible(!rows.isEmpty());
                grid.setItems(rows);
            }
            case Result.Rejected<ImportReport> refused ->
                    status.refused(refused.problems().stream().map(FieldProblem::message).findFirst().orElse(""));
            default -> status.refused("Nothing was imported.");
        }
        summary.setVisible(true);
    }

    private void refused(String why) {
        reset();
        status.refused(why);
    }

    private void showRows() {
        grid.show(file.header().columns(), onlyProblems.getValue()
                ? rows.stream().filter(row -> !row.ready()).toList() : rows);
        summary.setVisible(true);
    }

    /** Shown at most five times a second: each step shown is a round trip to the browser. */
    private ImportProgress progress() {
        long[] shownAt = {0};
        return (stage, done, total) -> {
            long now = System.nanoTime();
            if (done < total && now - shownAt[0] < PROGRESS_EVERY_NANOS) {
                return;
            }
            shownAt[0] = now;
            work.show(() -> status.progress(ImportWords.progress(stage, done, total), (double) done / total));
        };
    }

    private void reset() {
        file = null;
        rows = List.of();
        upload.setVisible(true);
        upload.clearFileList();
        status.done("");
        summary.setVisible(false);
        onlyProblems.setVisible(false);
        onlyProblems.setValue(false);
        confirm.setVisible(false);
        another.setVisible(false);
        another.setEnabled(true);
        grid.setVisible(false);
    }
}

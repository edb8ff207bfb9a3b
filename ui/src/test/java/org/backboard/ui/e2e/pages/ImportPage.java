package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** The lead's patient import: a file in, its preview with each problem on its cell, then the report. */
public final class ImportPage extends Screen {

    public ImportPage(Page page) {
        super(page);
    }

    public static ImportPage open(Page page) {
        page.navigate("/patients/import");
        return new ImportPage(page);
    }

    /** Unfolds (or folds again) the description of the file's columns. */
    public void toggleFileFormat() {
        page.locator("#import-format vaadin-details-summary").click();
    }

    public ImportPage upload(Path file) {
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        return this;
    }

    public Locator summary() {
        return page.locator("#import-summary");
    }

    public Locator refusal() {
        return page.locator("#import-refusal");
    }

    public Locator grid() {
        return page.locator("#import-grid");
    }

    /** The cells marked with a problem (a warning sign and the problem as their title). */
    public Locator problemCells() {
        return cellsOf("import-grid").locator(".bb-import-problem");
    }

    public Locator cellSaying(String text) {
        return cellsOf("import-grid").getByText(text);
    }

    public Locator confirmButton() {
        return page.locator("#import-confirm");
    }

    public void confirm() {
        confirmButton().click();
    }

    public Locator onlyProblems() {
        return page.locator("#import-only-problems");
    }
}

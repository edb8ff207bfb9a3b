package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** "My patients" (or the whole clinic, for a lead): search, open a patient, register one. */
public final class RosterPage extends Screen {

    public RosterPage(Page page) {
        super(page);
    }

    public static RosterPage open(Page page) {
        page.navigate("/patients");
        return new RosterPage(page);
    }

    /** The roster as its address names it: the search in the URL, as a bookmark or a link would carry it. */
    public static RosterPage openSearching(Page page, String search) {
        page.navigate("/patients?search=" + search);
        return new RosterPage(page);
    }

    public Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My patients"));
    }

    public Locator grid() {
        return page.locator("#roster-grid");
    }

    public Locator count() {
        return page.locator("#roster-count");
    }

    public void search(String text) {
        searchInput().fill(text);
    }

    public Locator searchField() {
        return page.locator("#roster-search");
    }

    public Locator searchInput() {
        return input("roster-search");
    }

    /** The cells of every row shown. */
    public Locator cells() {
        return cellsOf("roster-grid");
    }

    /** A cell that says exactly this (an MRN, a "Family, Given" name). */
    public Locator cell(String text) {
        return cells().getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    /** The cells whose text contains this (a name among a row's other words). */
    public Locator cellContaining(String text) {
        return cells().getByText(text);
    }

    public Locator emergencyBadges() {
        return cells().locator(EMERGENCY_BADGE);
    }

    public PatientPage openPatient(String name) {
        cellContaining(name).click();
        return new PatientPage(page);
    }

    /** Downloads the roster as shown (its search and filters) and returns the file's text. */
    public String export() {
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator("#roster-export").click());
        try {
            return java.nio.file.Files.readString(download.path(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Locator importButton() {
        return page.locator("#import-patients");
    }

    public PatientDialog addPatient() {
        page.locator("#add-patient").click();
        return new PatientDialog(page);
    }
}

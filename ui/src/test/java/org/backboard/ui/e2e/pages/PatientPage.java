package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** One patient: the name, red flags, episodes with their tiles, and the exercise program. */
public final class PatientPage extends Screen {

    public PatientPage(Page page) {
        super(page);
    }

    public static PatientPage open(Page page, Object patientId) {
        page.navigate("/patients/" + patientId);
        return new PatientPage(page);
    }

    public Locator name() {
        return page.locator("#patient-name");
    }

    public Locator notFound() {
        return page.locator("#patient-not-found");
    }

    public Locator redFlags() {
        return page.locator("#red-flags");
    }

    public Locator emergencyFlag() {
        return redFlags().locator(EMERGENCY_BADGE);
    }

    public Locator timeline() {
        return page.locator(".bb-band");
    }

    /** Chart.js draws after the page is up: waits until the pain chart exists. */
    public void waitForPainChart() {
        page.waitForFunction("() => document.querySelector('.bb-chart') && document.querySelector('.bb-chart').chart");
    }

    /** The first episode card: open episodes come first. */
    public EpisodeCard openEpisode() {
        return new EpisodeCard(page, page.locator(".bb-episode").first());
    }

    /** Opens the check-in form of the patient's open episode. */
    public CheckInDialog recordCheckIn() {
        return openEpisode().recordCheckIn();
    }

    /** Opens the acknowledgement of one raised flag, by its code (SADDLE_NUMBNESS, ...). */
    public FlagAcknowledgement acknowledgeFlag(String code) {
        page.locator("#acknowledge-" + code).click();
        return new FlagAcknowledgement(page);
    }

    /** An invitation to the patient app as the dialog shows it once: the link and the short code. */
    public record Invitation(String link, String code) { }

    /** Opens the patient app section, invites the patient and reads the invitation off the dialog. */
    public Invitation inviteToApp() {
        page.locator("#patient-app").click();
        page.locator("#patient-app-invite").click();
        Invitation invitation = new Invitation(page.locator("#invitation-link").getAttribute("href"),
                page.locator("#invitation-code").textContent());
        page.locator("#invitation-done").click();
        return invitation;
    }

    public Locator appAccessState() {
        return page.locator("#patient-app-state");
    }

    public ProgramDialog startProgram() {
        page.locator("#start-program").click();
        return new ProgramDialog(page);
    }

    public ProgramDialog reviseProgram() {
        page.locator("#revise-program").click();
        return new ProgramDialog(page);
    }

    public Locator programSummary() {
        return page.locator(".bb-program-summary");
    }

    public ProgramHistory openProgramHistory() {
        page.locator("#program-history-open").click();
        return new ProgramHistory(page);
    }

    /** An episode's card: its progress tiles and what can be recorded in it. */
    public static final class EpisodeCard {

        private final Page page;
        private final Locator card;

        EpisodeCard(Page page, Locator card) {
            this.page = page;
            this.card = card;
        }

        /** A progress tile by its kind (odi, pain, ...). */
        public Locator tile(String kind) {
            return card.locator("[data-tile=" + kind + "]");
        }

        public OdiDialog recordOswestry() {
            card.locator("#record-odi").click();
            return new OdiDialog(page);
        }

        public CheckInDialog recordCheckIn() {
            card.locator("#record-check-in").click();
            return new CheckInDialog(page);
        }
    }

    /** The check-in form: pain, stiffness, and the red-flag questions. */
    public static final class CheckInDialog extends Screen {

        CheckInDialog(Page page) {
            super(page);
        }

        public CheckInDialog pain(int score) {
            input("check-in-pain").fill(String.valueOf(score));
            return this;
        }

        public CheckInDialog stiffness(int score) {
            input("check-in-stiffness").fill(String.valueOf(score));
            return this;
        }

        /** Answers "yes" to the red-flag question that mentions these words. */
        public CheckInDialog answerYes(String question) {
            page.locator("#check-in-red-flags vaadin-checkbox").filter(new Locator.FilterOptions()
                    .setHasText(question)).click();
            return this;
        }

        public void save() {
            page.locator("#check-in-dialog-save").click();
        }

        /** The pain field: hidden once the form is closed. */
        public Locator painField() {
            return page.locator("#check-in-pain");
        }
    }

    /** The Oswestry questionnaire: one answer per section. */
    public static final class OdiDialog extends Screen {

        OdiDialog(Page page) {
            super(page);
        }

        public OdiDialog answer(String section, String option) {
            page.locator("#odi-" + section).click();
            page.locator("#odi-" + section + " vaadin-select-item[role=option]")
                    .filter(new Locator.FilterOptions().setHasText(option)).click();
            return this;
        }

        public void save() {
            page.locator("#odi-dialog-save").click();
        }

        public Locator dialog() {
            return page.locator("#odi-dialog");
        }
    }

    /** Acknowledging a red flag: what was done about it, and a note. */
    public static final class FlagAcknowledgement extends Screen {

        FlagAcknowledgement(Page page) {
            super(page);
        }

        public FlagAcknowledgement chooseAction(String action) {
            actionField().locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(action))
                    .click();
            return this;
        }

        public FlagAcknowledgement note(String text) {
            noteField().locator("textarea").fill(text);
            return this;
        }

        public void save() {
            page.locator("#acknowledge-dialog-save").click();
        }

        public Locator actionField() {
            return page.locator("#acknowledge-action");
        }

        public Locator noteField() {
            return acknowledgementNote();
        }
    }

    /** The program form: a template to start from, and each exercise's dosage. */
    public static final class ProgramDialog extends Screen {

        ProgramDialog(Page page) {
            super(page);
        }

        public ProgramDialog applyTemplate(String template) {
            input("program-template").fill(template);
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(template)).click();
            page.locator("#apply-template").click();
            return this;
        }

        public Locator prescriptionRows() {
            return page.locator(".bb-prescription-row");
        }

        /** Sets the reps of one exercise (the row's second number: sets, reps, ...). */
        public ProgramDialog reps(String exercise, int reps) {
            prescriptionRows().filter(new Locator.FilterOptions().setHasText(exercise))
                    .locator("vaadin-integer-field").nth(1).locator("input").fill(String.valueOf(reps));
            return this;
        }

        public void save() {
            page.locator("#program-dialog-save").click();
        }

        public Locator dialog() {
            return page.locator("#program-dialog");
        }
    }

    /** The program's versions, newest first, each with what changed. */
    public static final class ProgramHistory extends Screen {

        ProgramHistory(Page page) {
            super(page);
        }

        public Locator version(int number) {
            return page.locator("#program-version-" + number);
        }

        public Locator changesIn(int number) {
            return version(number).locator("li");
        }
    }
}

package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The patient's own app on their phone: joining, signing in, today's exercises and how they feel. */
public final class PatientApp extends Screen {

    public PatientApp(Page page) {
        super(page);
    }

    /** Follows the invitation link and chooses a sign-in; returns on the sign-in page or with a refusal shown. */
    public PatientApp join(String path, String birthDate, String name, String password) {
        page.navigate(path);
        return joinHere(birthDate, name, password);
    }

    public PatientApp joinHere(String birthDate, String name, String password) {
        input("join-birth-date").fill(birthDate);
        input("join-name").fill(name);
        input("join-password").fill(password);
        input("join-password-again").fill(password);
        page.locator("#join-create").click();
        return this;
    }

    public Locator joinError() {
        return page.locator("#join-error");
    }

    public Locator joined() {
        return page.locator("#home-joined");
    }

    public PatientApp signIn(String name, String password) {
        page.getByLabel("Your email or user name").fill(name);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> url.endsWith("/app"));
        return this;
    }

    /** Sets the daily reminder on the Today page. */
    public void remindMeAt(String time) {
        input("reminder-time").fill(time);
        input("reminder-time").press("Enter");
        page.locator("#reminder-save").click();
    }

    public Locator exercises() {
        return page.locator(".bb-home-exercise");
    }

    public Locator week() {
        return page.locator("#home-week");
    }

    /** "I did my exercises", with the pain during them; all prescribed exercises stay ticked. */
    public void logSession(int painDuring) {
        page.locator("#home-did-exercises").click();
        input("home-session-during").fill(String.valueOf(painDuring));
        page.locator("#home-session-save").click();
        page.locator("#home-session").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
    }

    public void goToPlace(String name) {
        page.locator(".bb-home-nav a", new Page.LocatorOptions().setHasText(name)).click();
    }

    /** How I feel: the pain score and the warning signs ticked, by their plain question's words. */
    public void tellHowIFeel(String pain, String... warnings) {
        input("feeling-pain").fill(pain);
        for (String warning : warnings) {
            page.locator("#feeling-warnings vaadin-checkbox", new Page.LocatorOptions().setHasText(warning)).click();
        }
        page.locator("#feeling-save").click();
    }

    public Locator advice() {
        return page.locator("#feeling-advice");
    }

    public Locator heading() {
        return page.locator("h1");
    }

    public Locator painField() {
        return page.locator("#feeling-pain");
    }

    /** The card on Today while a questionnaire is waiting. */
    public Locator questionnaireCard() {
        return page.locator("#home-questionnaires");
    }

    /** "Answer now" on Today's card. */
    public void openWaitingQuestionnaire() {
        page.locator("#home-questionnaires-open").click();
        page.waitForURL(url -> url.endsWith("/app/questionnaires"));
    }

    /** Chooses the answer with exactly this text (a label, so "Agree" is not "Disagree", nor "1" "10"). */
    public PatientApp choose(String questionId, String answer) {
        page.locator("#" + questionId).getByText(answer, new Locator.GetByTextOptions().setExact(true)).click();
        return this;
    }

    /** A STarT Back statement by its id without the prefix ("leg-pain", "worrying-thoughts"). */
    public PatientApp startBack(String statement, boolean agree) {
        return choose("start-back-" + statement, agree ? "Agree" : "Disagree");
    }

    public Locator startBackStatement(String statement) {
        return page.locator("#start-back-" + statement);
    }

    public void sendStartBack() {
        page.locator("#start-back-send").click();
    }

    /** Row {@code number} (from 1) of a first PSFS: the activity's name and its score. */
    public PatientApp psfsActivity(int number, String name, int score) {
        input("psfs-activity-" + number).fill(name);
        return choose("psfs-score-" + number, String.valueOf(score));
    }

    /** Scores row {@code number} of a PSFS again (its activity named as before). */
    public PatientApp psfsScore(int number, int score) {
        return choose("psfs-score-" + number, String.valueOf(score));
    }

    public Locator psfsScoreQuestion(int number) {
        return page.locator("#psfs-score-" + number);
    }

    public void sendPsfs() {
        page.locator("#psfs-send").click();
    }

    public Locator thanks() {
        return page.locator("#questionnaires-thanks");
    }

    public Locator nothingWaiting() {
        return page.locator("#questionnaires-none");
    }
}

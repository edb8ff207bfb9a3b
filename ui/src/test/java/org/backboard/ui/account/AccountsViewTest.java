package org.backboard.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.backboard.core.account.AccountAdministration;
import org.backboard.core.account.AccountRow;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.shared.Result;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.ClinicFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@BackboardSpringTest
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountAdministration admin;
    @Autowired
    Clinicians clinicians;

    private ClinicFixture clinic;
    private Clinician lead;

    @BeforeEach
    void aLeadOfTheTestsOwnIsSignedIn() {
        clinic = new ClinicFixture(context);
        lead = clinic.lead();
        clinic.signIn(lead);
    }

    @Test
    void aLeadCreatesAClinicianWhoThenAppearsInTheList() {
        navigate(AccountsView.class);
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);

        newAccount(username, "Nova Newcomer", "a-long-initial-password");
        test($(Button.class).id("account-save")).click();

        assertThat(rows()).extracting(AccountRow::username).contains(username);
    }

    @Test
    void aWeakPasswordIsExplainedOnItsField() {
        navigate(AccountsView.class);
        String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);

        newAccount(username, "Weak Password", "short");
        test($(Button.class).id("account-save")).click();

        PasswordField password = $(PasswordField.class).id("account-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("12 characters");
        assertThat(rows()).extracting(AccountRow::username).doesNotContain(username);
    }

    /** The rules after length (NIST SP 800-63B) say on the field what to do instead. */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            aaaaaaaaaaaa | Avoid repeated characters and runs like 1234 or abcd
            Password1234 | This password is too common: choose another (a few unrelated words make a good one)""")
    void aRepetitiveOrCommonPasswordIsExplainedOnItsField(String rawPassword, String message) {
        navigate(AccountsView.class);
        String username = "pattern-" + UUID.randomUUID().toString().substring(0, 8);

        newAccount(username, "Pat Tern", rawPassword);
        test($(Button.class).id("account-save")).click();

        PasswordField password = $(PasswordField.class).id("account-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(message);
        assertThat(rows()).extracting(AccountRow::username).doesNotContain(username);
    }

    @Test
    void aNewClinicianMayBeGivenAnEmailAddress() {
        navigate(AccountsView.class);
        String username = "mail-" + UUID.randomUUID().toString().substring(0, 8);

        newAccount(username, "Mae Mailer", "a-long-initial-password");
        test($(TextField.class).id("account-new-email")).setValue(username + "@clinic.example");
        test($(Button.class).id("account-save")).click();

        assertThat(rows()).filteredOn(row -> row.username().equals(username)).singleElement()
                .satisfies(row -> assertThat(row.email()).contains(username + "@clinic.example"));
    }

    @Test
    void aLeadSetsAndRemovesAClinicianEmailAddressFromTheList() {
        Clinician therapist = clinic.therapist();
        navigate(AccountsView.class);

        editEmailOf(therapist).setValue("  tess.t@clinic.example ");
        test($(Button.class).id("account-email-save")).click();

        assertThat(storedEmail(therapist)).contains("tess.t@clinic.example");
        assertThat(rowOf(therapist).email()).contains("tess.t@clinic.example");
        assertThat(test(grid()).getCellText(indexOf(therapist), test(grid()).getColumnPosition("email")))
                .isEqualTo("tess.t@clinic.example");

        editEmailOf(therapist).setValue("");
        test($(Button.class).id("account-email-save")).click();

        assertThat(storedEmail(therapist)).isEmpty();
        assertThat(test(grid()).getCellText(indexOf(therapist), test(grid()).getColumnPosition("email")))
                .isEqualTo(AccountsGrid.NO_EMAIL);
    }

    @Test
    void anAddressMailCannotGoToIsExplainedOnItsFieldAndNothingIsSaved() {
        Clinician therapist = clinic.therapist();
        navigate(AccountsView.class);

        TextField email = editEmailOf(therapist);
        email.setValue("tess@clinic.example, boss@elsewhere.example");
        test($(Button.class).id("account-email-save")).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter one email address like name@example.org");
        assertThat(email.isAttached()).as("the dialog stays open").isTrue();
        assertThat(storedEmail(therapist)).isEmpty();
    }

    @Test
    void anAddressChangedSinceTheListWasReadIsAConflictAndTheOtherChangeIsKept() {
        Clinician therapist = clinic.therapist();
        navigate(AccountsView.class);
        TextField email = editEmailOf(therapist);
        long seen = clinicians.findById(therapist.id()).orElseThrow().version();
        admin.changeEmail(ClinicFixture.actor(lead), therapist.id(), seen, "first@clinic.example");

        email.setValue("second@clinic.example");
        test($(Button.class).id("account-email-save")).click();

        Paragraph problem = $(Paragraph.class).id("account-email-error");
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).startsWith("Someone else changed this account");
        assertThat(storedEmail(therapist)).contains("first@clinic.example");
    }

    @Test
    void theEmailFieldsSayWhatTheAddressIsForOrThatNoMailWillBeSent() {
        Clinician therapist = clinic.therapist();
        navigate(AccountsView.class);
        test($(Button.class).id("account-new")).click();
        assertThat($(TextField.class).id("account-new-email").getHelperText()).isEqualTo(AccountEmailField.PURPOSE);
        AccountRow row = rowOf(therapist);

        new EmailDialog(row, MailAvailability.notConfigured(), typed -> new Result.NotFound<>(), () -> { }).open();
        new NewAccountDialog((username, name, role, password, email) -> new Result.NotFound<>(),
                MailAvailability.notConfigured(), () -> { }).open();

        assertThat($(TextField.class).id("account-email-address").getHelperText())
                .isEqualTo("Mail is not set up on this server: no mail will be sent.");
        assertThat($(TextField.class).all()).filteredOn(field -> "account-new-email".equals(field.getId().orElse("")))
                .extracting(TextField::getHelperText)
                .contains("Mail is not set up on this server: no mail will be sent.");
    }

    /** Opens the new-clinician dialog and fills it in, without saving. */
    private void newAccount(String username, String name, String password) {
        test($(Button.class).id("account-new")).click();
        test($(TextField.class).id("account-username")).setValue(username);
        test($(TextField.class).id("account-display-name")).setValue(name);
        test($(PasswordField.class).id("account-password")).setValue(password);
    }

    /** Selects the clinician's row and opens the email dialog; returns its field. */
    private TextField editEmailOf(Clinician clinician) {
        test(grid()).select(indexOf(clinician));
        test($(Button.class).id("account-set-email")).click();
        return $(TextField.class).id("account-email-address");
    }

    private java.util.Optional<String> storedEmail(Clinician clinician) {
        return clinicians.findById(clinician.id()).orElseThrow().email().map(MailAddress::value);
    }

    private AccountRow rowOf(Clinician clinician) {
        return rows().get(indexOf(clinician));
    }

    private int indexOf(Clinician clinician) {
        List<AccountRow> rows = rows();
        return IntStream.range(0, rows.size()).filter(i -> rows.get(i).id().equals(clinician.id())).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<AccountRow> grid() {
        return (Grid<AccountRow>) $(Grid.class).id("accounts-grid");
    }

    @SuppressWarnings("unchecked")
    private java.util.List<AccountRow> rows() {
        var grid = test((Grid<AccountRow>) $(Grid.class).id("accounts-grid"));
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}

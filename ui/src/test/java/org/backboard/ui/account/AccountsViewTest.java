package org.backboard.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.stream.IntStream;
import org.backboard.core.account.AccountRow;
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

    @BeforeEach
    void aLeadOfTheTestsOwnIsSignedIn() {
        ClinicFixture clinic = new ClinicFixture(context);
        clinic.signIn(clinic.lead());
    }

    @Test
    void aLeadCreatesAClinicianWhoThenAppearsInTheList() {
        navigate(AccountsView.class);
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);

        test($(Button.class).id("account-new")).click();
        test($(TextField.class).id("account-username")).setValue(username);
        test($(TextField.class).id("account-display-name")).setValue("Nova Newcomer");
        test($(PasswordField.class).id("account-password")).setValue("a-long-initial-password");
        test($(Button.class).id("account-save")).click();

        assertThat(rows()).extracting(AccountRow::username).contains(username);
    }

    @Test
    void aWeakPasswordIsExplainedOnItsField() {
        navigate(AccountsView.class);
        String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);

        test($(Button.class).id("account-new")).click();
        test($(TextField.class).id("account-username")).setValue(username);
        test($(TextField.class).id("account-display-name")).setValue("Weak Password");
        test($(PasswordField.class).id("account-password")).setValue("short");
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

        test($(Button.class).id("account-new")).click();
        test($(TextField.class).id("account-username")).setValue(username);
        test($(TextField.class).id("account-display-name")).setValue("Pat Tern");
        test($(PasswordField.class).id("account-password")).setValue(rawPassword);
        test($(Button.class).id("account-save")).click();

        PasswordField password = $(PasswordField.class).id("account-password");
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(message);
        assertThat(rows()).extracting(AccountRow::username).doesNotContain(username);
    }

    @SuppressWarnings("unchecked")
    private java.util.List<AccountRow> rows() {
        var grid = test((Grid<AccountRow>) $(Grid.class).id("accounts-grid"));
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}

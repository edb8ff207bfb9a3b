package org.backboard.ui.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.backboard.core.mail.MailTransportException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/** What Spring's mail support throws, read as "try again later" or "never", with no address kept. */
class SmtpFailuresTest {

    @Test
    void aRecipientTheServerRefusesIsGivenUpWithoutItsAddress() throws Exception {
        Address[] refused = {new InternetAddress("someone@patients.example")};
        SendFailedException failure = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <someone@patients.example>: Recipient address rejected"),
                new Address[0], new Address[0], refused);

        MailTransportException described = SmtpFailures.describe(new MailSendException(Map.of(new Object(), failure)));

        assertThat(described.permanent()).isTrue();
        assertThat(described.reason().text()).startsWith("the mail server refused the recipient")
                .contains("Recipient address rejected").doesNotContain("someone").doesNotContain("@");
    }

    @Test
    void anUnreachableServerIsTriedAgainLater() {
        MessagingException failure = new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"));

        MailTransportException described = SmtpFailures.describe(
                new MailSendException("Mail server connection failed", failure));

        assertThat(described.permanent()).isFalse();
        assertThat(described.reason().text())
                .isEqualTo("could not hand the message to the mail server (ConnectException: Connection refused)");
    }

    @Test
    void aRefusedSignInIsTriedAgainLaterForSomeoneMayFixTheSettings() {
        MailTransportException described = SmtpFailures.describe(new MailAuthenticationException("535 Authentication failed"));

        assertThat(described.permanent()).isFalse();
        assertThat(described.reason().text()).startsWith("the mail server refused Backboard's sign-in");
    }

    @Test
    void aMessageThatCannotBeBuiltIsGivenUp() {
        assertThat(SmtpFailures.describe(new MailParseException("bad header")).permanent()).isTrue();
    }
}

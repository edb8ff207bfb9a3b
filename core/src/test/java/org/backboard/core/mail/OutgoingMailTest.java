package org.backboard.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OutgoingMailTest {

    private static final String ADDRESS_PROBLEM = "Enter one email address like name@example.org";

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "name@example.org",
            "first.last+tag@mail.example.co.uk",
            "o'brien@example.ie",
            "  padded@example.org  ",
    })
    void plainAddressesAreAccepted(String address) {
        assertThat(MailAddress.problem(address)).isEmpty();
        assertThat(new MailAddress(address).value()).isEqualTo(address.strip());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "name",
            "name@localhost",                     // no top-level domain
            "name@example.org, other@example.org", // a second recipient
            "Name <name@example.org>",            // a display name
            "name@example.org\r\nBcc: x@example.org",
            "name@@example.org",
            ".name@example.org",
            "na..me@example.org",
            "name@-example.org",
            "\"quoted\"@example.org",
            "jörg@example.org",                   // SMTPUTF8 is not assumed of the server
            "name@example.o",
    })
    void anythingButOnePlainAddressIsRefused(String address) {
        assertThat(MailAddress.problem(address)).contains(ADDRESS_PROBLEM);
        assertThatIllegalArgumentException().isThrownBy(() -> new MailAddress(address)).withMessage(ADDRESS_PROBLEM);
    }

    @Test
    void addressesHaveAtMost64CharactersBeforeTheAtAnd254InAll() {
        assertThat(MailAddress.problem("a".repeat(64) + "@example.org")).isEmpty();
        assertThat(MailAddress.problem("a".repeat(65) + "@example.org")).contains(ADDRESS_PROBLEM);
        String domainOf252 = "d".repeat(62) + ("." + "d".repeat(61)).repeat(3) + ".org";
        assertThat(MailAddress.problem("a@" + domainOf252)).isEmpty();
        assertThat(MailAddress.problem("ab@" + domainOf252)).contains(ADDRESS_PROBLEM);
    }

    @Test
    void theDomainIsWhatFollowsTheAt() {
        assertThat(new MailAddress("name@mail.example.org").domain()).isEqualTo("mail.example.org");
    }

    @Test
    void aMailWithSubjectAndBodyOfLinesIsAccepted() {
        OutgoingMail mail = OutgoingMail.to("name@example.org", MailKind.INVITATION, "  You are invited  ",
                "Hello,\r\n\tfollow this link: https://backboard.example/join/abc\n");

        assertThat(mail.subject()).isEqualTo("You are invited");
        assertThat(mail.body()).startsWith("Hello,\r\n\t");
    }

    @Test
    void aSubjectIsOneVisibleLineOfAtMost200Characters() {
        assertThatIllegalArgumentException().isThrownBy(() -> mail(" \u200B ", "body"))
                .withMessage("A mail needs a subject");
        assertThatIllegalArgumentException().isThrownBy(() -> mail("two\nlines", "body"))
                .withMessageStartingWith("Mail subject: Remove the hidden or control character");
        assertThat(mail("s".repeat(200), "body").subject()).hasSize(200);
        assertThatIllegalArgumentException().isThrownBy(() -> mail("s".repeat(201), "body"))
                .withMessage("Mail subject: A mail's subject has at most 200 characters");
    }

    @Test
    void aBodyIsVisibleTextOfAtMost20000Characters() {
        assertThatIllegalArgumentException().isThrownBy(() -> mail("subject", null)).withMessage("A mail needs a body");
        assertThatIllegalArgumentException().isThrownBy(() -> mail("subject", "bell\u0007"))
                .withMessageStartingWith("Mail body: Remove the hidden or control character");
        assertThatIllegalArgumentException().isThrownBy(() -> mail("subject", "b".repeat(20_001)))
                .withMessage("Mail body: A mail's body has at most 20000 characters");
    }

    @Test
    void printingAMailShowsNeitherItsAddressNorItsText() {
        OutgoingMail mail = OutgoingMail.to("secret.person@example.org", MailKind.REMINDER, "Subject line", "Body text");

        assertThat(mail.toString()).isEqualTo("OutgoingMail[kind=REMINDER]");
        assertThat(mail.recipient().toString()).doesNotContain("secret");
    }

    private static OutgoingMail mail(String subject, String body) {
        return OutgoingMail.to("name@example.org", MailKind.REMINDER, subject, body);
    }
}

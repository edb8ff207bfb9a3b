package org.backboard.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailAvailabilityTest {

    @Test
    void screensSayWhenMailCannotLeaveAndStayQuietWhenItCan() {
        assertThat(MailAvailability.notConfigured().notice()).hasValueSatisfying(notice ->
                assertThat(notice).contains("not set up").contains("kept"));
        assertThat(MailAvailability.sending().notice()).isEmpty();
    }

    @Test
    void mailThatIsNotQueuedWithoutAServerIsAnnouncedAsNotComing() {
        assertThat(MailAvailability.notConfigured().noMailNotice()).hasValueSatisfying(notice ->
                assertThat(notice).contains("not set up").contains("no mail will be sent").doesNotContain("kept"));
        assertThat(MailAvailability.sending().noMailNotice()).isEmpty();
    }
}

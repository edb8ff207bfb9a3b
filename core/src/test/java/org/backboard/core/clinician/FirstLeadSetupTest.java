package org.backboard.core.clinician;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstLeadSetupTest {

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final FirstLeadSetup setup = new FirstLeadSetup(clinicians, raw -> "hashed:" + raw);

    @Test
    void theFirstLeadIsCreatedWithAHashedPasswordAndALowerCaseUsername() {
        var outcome = setup.createIfNeeded(" Alex.Lead ", "Alex Lead", "correct-horse-battery");

        assertThat(outcome).isEqualTo(new FirstLeadSetup.Outcome.Created(new Username("alex.lead")));
        Clinician lead = clinicians.findByUsername(new Username("alex.lead")).orElseThrow();
        assertThat(lead.role()).isEqualTo(Role.LEAD);
        assertThat(lead.passwordHash()).isEqualTo("hashed:correct-horse-battery");
        assertThat(setup.isNeeded()).isFalse();
    }

    @Test
    void noSecondLeadIsCreatedOnceOneExists() {
        clinicians.enrol("lena", "Lena", Role.LEAD);

        assertThat(setup.createIfNeeded("other.lead", "Other", "correct-horse-battery"))
                .isInstanceOf(FirstLeadSetup.Outcome.NotNeeded.class);
        assertThat(clinicians.findByUsername(new Username("other.lead"))).isEmpty();
    }

    @Test
    void aShortPasswordIsRejectedAndNothingIsCreated() {
        var outcome = setup.createIfNeeded("alex.lead", "Alex", "short-pass1");

        assertThat(outcome).isInstanceOf(FirstLeadSetup.Outcome.Rejected.class);
        assertThat(((FirstLeadSetup.Outcome.Rejected) outcome).reason()).startsWith("password:");
        assertThat(setup.isNeeded()).isTrue();
    }

    @Test
    void aMalformedUsernameIsRejected() {
        assertThat(setup.createIfNeeded("a b", "Alex", "correct-horse-battery"))
                .isInstanceOf(FirstLeadSetup.Outcome.Rejected.class);
        assertThat(setup.isNeeded()).isTrue();
    }

    @Test
    void aMissingDisplayNameFallsBackToTheUsername() {
        setup.createIfNeeded("alex.lead", " ", "correct-horse-battery");

        assertThat(clinicians.findByUsername(new Username("alex.lead")).orElseThrow().displayName()).isEqualTo("alex.lead");
    }
}

package org.backboard.core.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.InMemoryAuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.InMemoryClinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;
import org.backboard.core.signin.InMemorySignInAttempts;
import org.backboard.core.signin.SignInGuard;
import org.backboard.core.signin.SignInPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountAdministrationTest {

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);
    private final SignInGuard signIn = new SignInGuard(new InMemorySignInAttempts(), new InMemoryAuditTrail(),
            new SignInPolicy(1, java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(15)), clock);
    private final AccountAdministration admin = new AccountAdministration(clinicians, raw -> "hashed:" + raw, signIn,
            audit, clock);
    private final Actor lead = clinicians.enrol("lena", "Lena Lead", Role.LEAD);
    private final Actor tess = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);

    @Test
    void aLeadCreatesAClinicianWithAHashedPasswordAndItIsAudited() {
        Result<ClinicianId> result = admin.create(lead, "Sam.Okoye", "Sam Okoye", Role.THERAPIST, "long-enough-secret", "");

        assertThat(result).isInstanceOf(Result.Saved.class);
        Clinician sam = clinicians.findByUsername(new Username("sam.okoye")).orElseThrow();
        assertThat(sam.passwordHash()).isEqualTo("hashed:long-enough-secret");
        assertThat(audit.actions()).containsExactly(AuditAction.CLINICIAN_CREATED);
        assertThat(audit.events().getFirst().toString()).doesNotContain("long-enough-secret");
    }

    @Test
    void aNewAccountNeedsAFreeNameAndAGoodPassword() {
        Result<ClinicianId> result = admin.create(lead, "tess", " ", Role.THERAPIST, "a-good-long-password", " ");

        assertThat(((Result.Rejected<ClinicianId>) result).problems()).extracting(FieldProblem::field)
                .containsExactly("username", "displayName");
        assertThat(((Result.Rejected<ClinicianId>) admin.create(lead, "new.one", "New", Role.THERAPIST, "short", ""))
                .problems()).extracting(FieldProblem::field).containsExactly("password");
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void theLastActiveLeadCanBeNeitherDeactivatedNorDemoted() {
        Result<ClinicianId> deactivate = admin.deactivate(lead, lead.id());
        Result<ClinicianId> demote = admin.changeRole(lead, lead.id(), Role.THERAPIST);

        assertThat(deactivate).isEqualTo(Result.rejected("active", AccountAdministration.LAST_LEAD));
        assertThat(demote).isEqualTo(Result.rejected("role", AccountAdministration.LAST_LEAD));
        assertThat(clinicians.findById(lead.id()).orElseThrow().isActiveLead()).isTrue();
    }

    @Test
    void withASecondLeadTheFirstMayStepDown() {
        admin.changeRole(lead, tess.id(), Role.LEAD);

        assertThat(admin.changeRole(lead, lead.id(), Role.THERAPIST)).isInstanceOf(Result.Saved.class);
        assertThat(audit.actions()).containsExactly(AuditAction.CLINICIAN_ROLE_CHANGED, AuditAction.CLINICIAN_ROLE_CHANGED);
    }

    @Test
    void aDeactivatedClinicianIsKeptAndCanBeReactivated() {
        admin.deactivate(lead, tess.id());
        assertThat(clinicians.findById(tess.id()).orElseThrow().active()).isFalse();

        admin.reactivate(lead, tess.id());
        assertThat(clinicians.findById(tess.id()).orElseThrow().active()).isTrue();
        assertThat(audit.actions()).containsExactly(AuditAction.CLINICIAN_DEACTIVATED, AuditAction.CLINICIAN_REACTIVATED);
    }

    @Test
    void aPasswordResetFollowsThePasswordRules() {
        assertThat(admin.resetPassword(lead, tess.id(), "tess")).isInstanceOf(Result.Rejected.class);
        assertThat(admin.resetPassword(lead, tess.id(), "a-new-long-password")).isInstanceOf(Result.Saved.class);

        assertThat(clinicians.findById(tess.id()).orElseThrow().passwordHash()).isEqualTo("hashed:a-new-long-password");
        assertThat(audit.actions()).containsExactly(AuditAction.CLINICIAN_PASSWORD_RESET);
    }

    @Test
    void therapistsManageNoAccounts() {
        assertThatThrownBy(() -> admin.accounts(tess)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> admin.create(tess, "x.y", "X", Role.LEAD, "long-enough-secret", ""))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> admin.deactivate(tess, lead.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> admin.changeRole(tess, tess.id(), Role.LEAD)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> admin.changeEmail(tess, tess.id(), version(tess), "mine@clinic.example"))
                .isInstanceOf(NotPermittedException.class);
        assertThat(clinicians.findById(tess.id()).orElseThrow().email()).isEmpty();
    }

    // --- email addresses ---------------------------------------------------------------------------

    @Test
    void aNewAccountMayComeWithAnEmailAddressWhichIsAudited() {
        admin.create(lead, "sam", "Sam Okoye", Role.THERAPIST, "long-enough-secret", "  sam@clinic.example ");

        Clinician sam = clinicians.findByUsername(new Username("sam")).orElseThrow();
        assertThat(sam.email()).contains(new MailAddress("sam@clinic.example"));
        assertThat(audit.events().getLast().changedFields()).contains("email");
        assertThat(audit.events().getLast().toString()).doesNotContain("sam@clinic.example");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"sam", "sam@clinic", "Sam <sam@clinic.example>", "a@b.example,c@d.example",
            "sam@clinic.example\r\nBcc: x@evil.example", "sam\u0000@clinic.example", "sam\u202e@clinic.example",
            "sam@clinic example"})
    void anAddressMailCannotGoToIsRefusedOnItsFieldAndNothingIsSaved(String typed) {
        Result<ClinicianId> created = admin.create(lead, "sam", "Sam Okoye", Role.THERAPIST, "long-enough-secret",
                typed);
        Result<ClinicianId> changed = admin.changeEmail(lead, tess.id(), version(tess), typed);

        assertThat(((Result.Rejected<ClinicianId>) created).problems()).extracting(FieldProblem::field)
                .containsExactly("email");
        assertThat(changed).isEqualTo(Result.rejected("email", "Enter one email address like name@example.org"));
        assertThat(clinicians.findByUsername(new Username("sam"))).isEmpty();
        assertThat(clinicians.findById(tess.id()).orElseThrow().email()).isEmpty();
        assertThat(audit.events()).isEmpty();
    }

    @Test
    void aLeadSetsChangesAndRemovesAClinicianEmailAddress() {
        assertThat(admin.changeEmail(lead, tess.id(), version(tess), "tess@clinic.example"))
                .isInstanceOf(Result.Saved.class);
        assertThat(clinicians.findById(tess.id()).orElseThrow().email()).contains(new MailAddress("tess@clinic.example"));
        assertThat(admin.accounts(lead)).filteredOn(row -> row.id().equals(tess.id())).singleElement()
                .satisfies(row -> assertThat(row.email()).contains("tess@clinic.example"));

        admin.changeEmail(lead, tess.id(), version(tess), "tess.t@clinic.example");
        admin.changeEmail(lead, tess.id(), version(tess), "   ");

        assertThat(clinicians.findById(tess.id()).orElseThrow().email()).isEmpty();
        assertThat(audit.actions()).containsExactly(AuditAction.CLINICIAN_EMAIL_CHANGED,
                AuditAction.CLINICIAN_EMAIL_CHANGED, AuditAction.CLINICIAN_EMAIL_CHANGED);
        assertThat(audit.events()).allSatisfy(event -> assertThat(event.changedFields()).containsExactly("email"));
    }

    @Test
    void anUnchangedAddressIsNotStoredOrAudited() {
        admin.changeEmail(lead, tess.id(), version(tess), "tess@clinic.example");
        long stored = version(tess);

        assertThat(admin.changeEmail(lead, tess.id(), stored, " tess@clinic.example")).isInstanceOf(Result.Saved.class);

        assertThat(version(tess)).isEqualTo(stored);
        assertThat(audit.events()).hasSize(1);
    }

    @Test
    void anEmailSavedFromAStaleRowIsAConflictAndTheOtherChangeIsKept() {
        long seen = version(tess);
        admin.changeEmail(lead, tess.id(), seen, "tess@clinic.example");

        assertThat(admin.changeEmail(lead, tess.id(), seen, "other@clinic.example"))
                .isEqualTo(new Result.Conflict<ClinicianId>(AccountAdministration.CONFLICT));
        assertThat(clinicians.findById(tess.id()).orElseThrow().email()).contains(new MailAddress("tess@clinic.example"));
    }

    @Test
    void anEmailForAnAccountThatDoesNotExistIsNotFound() {
        assertThat(admin.changeEmail(lead, ClinicianId.newId(), 0, "x@clinic.example"))
                .isInstanceOf(Result.NotFound.class);
    }

    private long version(Actor clinician) {
        return clinicians.findById(clinician.id()).orElseThrow().version();
    }

    @Test
    void aPasswordResetLiftsASignInLock() {
        signIn.attempt("tess", java.util.Optional.of(tess.id()));
        assertThat(signIn.attempt("tess", java.util.Optional.of(tess.id()))).as("locked after the limit").isTrue();

        admin.resetPassword(lead, tess.id(), "a-new-long-password");

        assertThat(signIn.attempt("tess", java.util.Optional.of(tess.id()))).isFalse();
    }

    @Test
    void aDemotedLeadLosesTheLeadsRightsAtOnceThoughTheirSessionStillSaysLead() {
        admin.changeRole(lead, tess.id(), Role.LEAD);
        Actor tessAsSignedIn = new Actor(tess.id(), Role.LEAD);
        admin.changeRole(lead, tess.id(), Role.THERAPIST);

        assertThatThrownBy(() -> admin.changeRole(tessAsSignedIn, tess.id(), Role.LEAD))
                .isInstanceOf(NotPermittedException.class);
        assertThat(clinicians.findById(tess.id()).orElseThrow().role()).isEqualTo(Role.THERAPIST);
    }

    @Test
    void aDeactivatedLeadCanDoNothingMore() {
        Actor second = clinicians.enrol("second.lead", "Second Lead", Role.LEAD);
        admin.deactivate(lead, second.id());

        assertThatThrownBy(() -> admin.accounts(second)).isInstanceOf(NotPermittedException.class);
    }
}

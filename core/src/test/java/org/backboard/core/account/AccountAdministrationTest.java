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
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;
import org.backboard.core.signin.InMemorySignInAttempts;
import org.backboard.core.signin.SignInGuard;
import org.backboard.core.signin.SignInPolicy;
import org.junit.jupiter.api.Test;

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
        Result<ClinicianId> result = admin.create(lead, "Sam.Okoye", "Sam Okoye", Role.THERAPIST, "long-enough-secret");

        assertThat(result).isInstanceOf(Result.Saved.class);
        Clinician sam = clinicians.findByUsername(new Username("sam.okoye")).orElseThrow();
        assertThat(sam.passwordHash()).isEqualTo("hashed:long-enough-secret");
        assertThat(audit.actions()).containsExactly(AuditAction.CLINICIAN_CREATED);
        assertThat(audit.events().getFirst().toString()).doesNotContain("long-enough-secret");
    }

    @Test
    void aNewAccountNeedsAFreeNameAndAGoodPassword() {
        Result<ClinicianId> result = admin.create(lead, "tess", " ", Role.THERAPIST, "a-good-long-password");

        assertThat(((Result.Rejected<ClinicianId>) result).problems()).extracting(FieldProblem::field)
                .containsExactly("username", "displayName");
        assertThat(((Result.Rejected<ClinicianId>) admin.create(lead, "new.one", "New", Role.THERAPIST, "short"))
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
        assertThatThrownBy(() -> admin.create(tess, "x.y", "X", Role.LEAD, "long-enough-secret"))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> admin.deactivate(tess, lead.id())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> admin.changeRole(tess, tess.id(), Role.LEAD)).isInstanceOf(NotPermittedException.class);
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

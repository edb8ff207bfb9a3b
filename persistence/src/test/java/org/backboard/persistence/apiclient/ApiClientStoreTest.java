package org.backboard.persistence.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClient;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.apiclient.ApiClientScope;
import org.backboard.core.apiclient.ApiClients;
import org.backboard.core.apiclient.ApiTokens;
import org.backboard.core.apiclient.IssuedToken;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEntry;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditQuery;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceTest
class ApiClientStoreTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Autowired
    ApiClients clients;
    @Autowired
    ApiTokens tokens;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    TransactionTemplate transaction;

    private ApiClient client(ApiClientScope scope, Clinician lead) {
        return new ApiClient(ApiClientId.newId(), "Registry", scope, "$2a$10$hash", lead.id(), NOW,
                NOW.plus(30, ChronoUnit.DAYS), Optional.empty(), 0);
    }

    @Test
    void aClientRoundTripsWithItsScopeAndARevocationMovesItsVersionOn() {
        Clinician lead = Fixtures.therapist();
        Clinician therapist = Fixtures.therapist();
        clinicians.add(lead);
        clinicians.add(therapist);
        ApiClient caseload = client(new ApiClientScope.Caseload(therapist.id()), lead);
        ApiClient clinic = client(new ApiClientScope.WholeClinic(), lead);

        clients.add(caseload);
        clients.add(clinic);

        assertThat(clients.find(caseload.id())).contains(caseload);
        assertThat(clients.find(clinic.id())).contains(clinic);
        clients.update(caseload.revoke(NOW.plusSeconds(1)));
        ApiClient revoked = clients.find(caseload.id()).orElseThrow();
        assertThat(revoked.revokedAt()).contains(NOW.plusSeconds(1));
        assertThat(revoked.version()).isEqualTo(1);
        // a second revoke from the version read before the first is refused
        assertThatThrownBy(() -> clients.update(caseload.revoke(NOW.plusSeconds(2))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(clients.all()).extracting(ApiClient::id).contains(caseload.id(), clinic.id());
    }

    @Test
    void theAuditTrailNamesTheClientAsTheActorAndOnlyOneActor() {
        Clinician lead = Fixtures.therapist();
        clinicians.add(lead);
        ApiClient client = client(new ApiClientScope.WholeClinic(), lead);
        clients.add(client);

        transaction.executeWithoutResult(status -> audit.record(AuditEvent.byApiClient(NOW, client.id().value(),
                AuditAction.API_RECORD_READ, Optional.empty(), "patient", "search", List.of())));

        assertThat(audit.search(new AuditQuery(Optional.empty(), Optional.empty(),
                Optional.of(AuditAction.API_RECORD_READ), Optional.of(NOW), Optional.of(NOW.plusMillis(1))), 0, 20)).extracting(AuditEntry::who)
                .contains("API client Registry");
        assertThatThrownBy(() -> jdbc.update("insert into audit_event (occurred_at, actor_id, api_client_actor_id,"
                        + " action, entity, entity_id) values (now(), ?, ?, 'API_RECORD_READ', 'patient', 'x')",
                lead.id().value(), client.id().value())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theSchemaRefusesABlankNameAndAnExpiryBeforeRegistration() {
        Clinician lead = Fixtures.therapist();
        clinicians.add(lead);
        ApiClient client = client(new ApiClientScope.WholeClinic(), lead);
        clients.add(client);

        assertThatThrownBy(() -> jdbc.update("update api_client set name = '  ' where id = ?", client.id().value()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update api_client set expires_at = registered_at where id = ?",
                client.id().value())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void tokensAreKeptByHashAndForgottenOnceExpired() {
        Clinician lead = Fixtures.therapist();
        clinicians.add(lead);
        ApiClient client = client(new ApiClientScope.WholeClinic(), lead);
        clients.add(client);
        String live = "a".repeat(64);
        String old = "b".repeat(64);

        tokens.add(live, new IssuedToken(client.id(), NOW, NOW.plusSeconds(300)));
        tokens.add(old, new IssuedToken(client.id(), NOW.minusSeconds(600), NOW.minusSeconds(300)));
        tokens.removeExpired(NOW);

        assertThat(tokens.find(live)).contains(new IssuedToken(client.id(), NOW, NOW.plusSeconds(300)));
        assertThat(tokens.find(old)).isEmpty();
        tokens.remove(live);
        assertThat(tokens.find(live)).isEmpty();
        assertThatThrownBy(() -> tokens.add("not-a-hash", new IssuedToken(client.id(), NOW, NOW.plusSeconds(1))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}

package org.backboard.core.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.InMemoryAuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.InMemoryClinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiClientServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final InMemoryApiClients store = new InMemoryApiClients();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final Actor lead = clinicians.enrol("lead", "Lead", Role.LEAD);
    private final Actor therapist = clinicians.enrol("therapist1", "Therapist One", Role.THERAPIST);
    private final ApiClientService service = new ApiClientService(store, clinicians, raw -> "hashed:" + raw, audit,
            Clock.fixed(NOW, ZONE));

    @Test
    void aLeadRegistersAClientWhoseSecretIsShownOnceAndStoredHashed() {
        RegisteredApiClient registered = saved(service.register(lead,
                new ApiClientDraft("  Regional registry ", Optional.empty(), TODAY.plusDays(30))));

        assertThat(registered.secret()).hasSize(43).matches("[A-Za-z0-9_-]+");
        ApiClient stored = store.find(registered.client().id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Regional registry");
        assertThat(stored.secretHash()).isEqualTo("hashed:" + registered.secret());
        assertThat(stored.scope()).isEqualTo(new ApiClientScope.WholeClinic());
        // usable to the end of its last day in the clinic's zone
        assertThat(stored.expiresAt()).isEqualTo(TODAY.plusDays(31).atStartOfDay(ZONE).toInstant());
        assertThat(registered.toString()).doesNotContain(registered.secret());
        assertThat(audit.events()).extracting(AuditEvent::action).containsExactly(AuditAction.API_CLIENT_REGISTERED);
    }

    @Test
    void secretsAreRandomEachTime() {
        Set<String> secrets = IntStream.range(0, 50).mapToObj(i -> ApiClientSecret.generate()).collect(Collectors.toSet());

        assertThat(secrets).hasSize(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200B", "EHR\u0000", "EHR\u202Eevil", "tab\tname"})
    void aNameMustBeVisibleTextOnOneLine(String name) {
        assertThat(problems(new ApiClientDraft(name, Optional.empty(), TODAY.plusDays(1))))
                .extracting(FieldProblem::field).containsExactly("name");
    }

    @Test
    void aNameHasAtMostEightyCharacters() {
        assertThat(problems(new ApiClientDraft("x".repeat(81), Optional.empty(), TODAY.plusDays(1))))
                .extracting(FieldProblem::field).containsExactly("name");
        assertThat(service.register(lead, new ApiClientDraft("x".repeat(80), Optional.empty(), TODAY.plusDays(1))))
                .isInstanceOf(Result.Saved.class);
    }

    @Test
    void theLastDayLiesFromTodayToAYearAhead() {
        assertThat(problems(new ApiClientDraft("EHR", Optional.empty(), TODAY.minusDays(1))))
                .extracting(FieldProblem::field).containsExactly("lastDay");
        assertThat(problems(new ApiClientDraft("EHR", Optional.empty(), TODAY.plusDays(ApiClientService.MAX_DAYS + 1))))
                .extracting(FieldProblem::field).containsExactly("lastDay");
        assertThat(problems(new ApiClientDraft("EHR", Optional.empty(), null)))
                .extracting(FieldProblem::field).containsExactly("lastDay");
        assertThat(service.register(lead, new ApiClientDraft("EHR", Optional.empty(), TODAY)))
                .isInstanceOf(Result.Saved.class);
        assertThat(service.register(lead, new ApiClientDraft("EHR", Optional.empty(),
                TODAY.plusDays(ApiClientService.MAX_DAYS)))).isInstanceOf(Result.Saved.class);
    }

    @Test
    void aCaseloadIsAnActiveTherapists() {
        assertThat(problems(new ApiClientDraft("EHR", Optional.of(lead.id()), TODAY.plusDays(1))))
                .extracting(FieldProblem::field).containsExactly("scope");
        RegisteredApiClient registered = saved(service.register(lead,
                new ApiClientDraft("EHR", Optional.of(therapist.id()), TODAY.plusDays(1))));
        assertThat(registered.client().scope()).isEqualTo(new ApiClientScope.Caseload(therapist.id()));
        assertThat(service.clients(lead).getFirst().caseloadOf()).contains("Therapist One");
    }

    @Test
    void onlyLeadsManageClients() {
        assertThatThrownBy(() -> service.register(therapist, new ApiClientDraft("EHR", Optional.empty(),
                TODAY.plusDays(1)))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> service.clients(therapist)).isInstanceOf(NotPermittedException.class);
        ApiClient client = saved(service.register(lead, new ApiClientDraft("EHR", Optional.empty(), TODAY.plusDays(1))))
                .client();
        assertThatThrownBy(() -> service.revoke(therapist, client.id(), 0)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void revokingIsAuditedAndChecksTheVersionTheLeadSaw() {
        ApiClient client = saved(service.register(lead, new ApiClientDraft("EHR", Optional.empty(), TODAY.plusDays(1))))
                .client();

        assertThat(service.revoke(lead, client.id(), 7)).isInstanceOf(Result.Conflict.class);
        assertThat(service.revoke(lead, client.id(), 0)).isInstanceOf(Result.Saved.class);
        assertThat(service.revoke(lead, ApiClientId.newId(), 0)).isInstanceOf(Result.NotFound.class);

        assertThat(store.find(client.id()).orElseThrow().state(NOW)).isEqualTo(ApiClientState.REVOKED);
        assertThat(service.clients(lead).getFirst().state()).isEqualTo(ApiClientState.REVOKED);
        assertThat(audit.events()).extracting(AuditEvent::action)
                .containsExactly(AuditAction.API_CLIENT_REGISTERED, AuditAction.API_CLIENT_REVOKED);
    }

    @Test
    void theCheckTakesTheClientAsItStandsNow() {
        ApiClient client = saved(service.register(lead, new ApiClientDraft("EHR", Optional.of(therapist.id()),
                TODAY.plusDays(1)))).client();
        ApiClientActor actor = new ApiClientActor(client.id());

        assertThat(ApiClientCheck.current(store, Clock.fixed(NOW, ZONE), actor))
                .isEqualTo(new ApiClientScope.Caseload(therapist.id()));
        // the end of its last day: refused from that moment on
        Instant end = client.expiresAt();
        assertThat(ApiClientCheck.current(store, Clock.fixed(end.minusMillis(1), ZONE), actor)).isNotNull();
        assertThatThrownBy(() -> ApiClientCheck.current(store, Clock.fixed(end, ZONE), actor))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> ApiClientCheck.current(store, Clock.fixed(NOW, ZONE),
                new ApiClientActor(ApiClientId.newId()))).isInstanceOf(NotPermittedException.class);

        service.revoke(lead, client.id(), 0);
        assertThatThrownBy(() -> ApiClientCheck.current(store, Clock.fixed(NOW, ZONE), actor))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aScopeCoversItsCaseloadOrEveryone() {
        assertThat(new ApiClientScope.WholeClinic().covers(therapist.id())).isTrue();
        assertThat(new ApiClientScope.Caseload(therapist.id()).covers(therapist.id())).isTrue();
        assertThat(new ApiClientScope.Caseload(therapist.id()).covers(lead.id())).isFalse();
    }

    @Test
    void aClientStatesItsStateAtAMoment() {
        ApiClient client = new ApiClient(ApiClientId.newId(), "EHR", new ApiClientScope.WholeClinic(), "h", lead.id(),
                NOW, NOW.plus(Duration.ofDays(1)), Optional.empty(), 0);

        assertThat(client.state(NOW)).isEqualTo(ApiClientState.ACTIVE);
        assertThat(client.state(NOW.plus(Duration.ofDays(1)))).isEqualTo(ApiClientState.EXPIRED);
        ApiClient revoked = client.revoke(NOW.plusSeconds(5));
        assertThat(revoked.state(NOW.plusSeconds(6))).isEqualTo(ApiClientState.REVOKED);
        assertThat(revoked.revoke(NOW.plusSeconds(60)).revokedAt()).contains(NOW.plusSeconds(5));
        assertThatThrownBy(() -> new ApiClient(ApiClientId.newId(), "EHR", new ApiClientScope.WholeClinic(), "h",
                lead.id(), NOW, NOW, Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<FieldProblem> problems(ApiClientDraft draft) {
        Result<RegisteredApiClient> result = service.register(lead, draft);
        assertThat(result).isInstanceOf(Result.Rejected.class);
        assertThat(store.all()).isEmpty();
        return ((Result.Rejected<RegisteredApiClient>) result).problems();
    }

    private static <T> T saved(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Saved.class);
        return ((Result.Saved<T>) result).value();
    }
}

package org.backboard.core.apiclient;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;
import org.backboard.core.shared.Texts;

/** Clinic leads register, list and revoke API clients; registering and revoking are audited. */
public class ApiClientService {

    /** A client is registered for at most this long: access to patient data is reviewed at least yearly. */
    public static final int MAX_DAYS = 366;
    static final String CONFLICT = "Someone else changed this API client after you opened it. "
            + "Close this, then open it again to see their change.";

    private final ApiClients clients;
    private final Clinicians clinicians;
    private final PasswordHasher hasher;
    private final AuditTrail audit;
    private final Clock clock;

    public ApiClientService(ApiClients clients, Clinicians clinicians, PasswordHasher hasher, AuditTrail audit,
                            Clock clock) {
        this.clients = clients;
        this.clinicians = clinicians;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ApiClientRow> clients(Actor actor) {
        requireLead(actor);
        Instant now = clock.instant();
        return clients.all().stream()
                .map(client -> new ApiClientRow(client, caseloadName(client.scope()), client.state(now)))
                .toList();
    }

    /** A new client with a fresh secret, returned once in clear; each problem names its field. */
    @Transactional
    public Result<RegisteredApiClient> register(Actor claimed, ApiClientDraft draft) {
        Actor actor = requireLead(claimed);
        List<FieldProblem> problems = new ArrayList<>();
        nameProblem(draft.name()).ifPresent(message -> problems.add(new FieldProblem("name", message)));
        draft.caseloadOf().filter(therapist -> clinicians.findActiveTherapist(therapist).isEmpty())
                .ifPresent(therapist -> problems.add(new FieldProblem("scope", "Choose an active therapist")));
        LocalDate today = LocalDate.now(clock);
        lastDayProblem(draft.lastDay(), today).ifPresent(message -> problems.add(new FieldProblem("lastDay", message)));
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        String secret = ApiClientSecret.generate();
        Instant now = clock.instant();
        ApiClientScope scope = draft.caseloadOf().<ApiClientScope>map(ApiClientScope.Caseload::new)
                .orElseGet(ApiClientScope.WholeClinic::new);
        ApiClient client = new ApiClient(ApiClientId.newId(), Texts.strip(draft.name()), scope, hasher.hash(secret),
                actor.id(), now, endOf(draft.lastDay()), Optional.empty(), 0);
        clients.add(client);
        audit.record(AuditEvent.onClinic(now, actor.id(), AuditAction.API_CLIENT_REGISTERED, "api_client",
                client.id().value().toString(), List.of("name", "scope", "expiresAt")));
        return new Result.Saved<>(new RegisteredApiClient(client, secret));
    }

    /** Revokes the client at once: its tokens stop working at their next use. */
    @Transactional
    public Result<ApiClient> revoke(Actor claimed, ApiClientId id, long loadedVersion) {
        Actor actor = requireLead(claimed);
        Optional<ApiClient> current = clients.find(id);
        if (current.isEmpty()) {
            return new Result.NotFound<>();
        }
        if (current.get().version() != loadedVersion) {
            return new Result.Conflict<>(CONFLICT);
        }
        if (current.get().revokedAt().isPresent()) {
            return new Result.Saved<>(current.get());
        }
        ApiClient revoked = current.get().revoke(clock.instant());
        // a race lost here has spoiled the transaction: the ConcurrentChangeException goes up to the
        // screen's LostRace, as every save's does
        clients.update(revoked);
        audit.record(AuditEvent.onClinic(clock.instant(), actor.id(), AuditAction.API_CLIENT_REVOKED, "api_client",
                id.value().toString(), List.of("revokedAt")));
        return new Result.Saved<>(revoked);
    }

    /** Why a name is not taken, if it is not: 1-80 characters of visible text on one line. */
    public static Optional<String> nameProblem(String name) {
        String message = "A name of 1-" + ApiClient.NAME_MAX + " characters is required";
        if (Texts.isBlank(name)) {
            return Optional.of(message);
        }
        return Texts.problem(name, Texts.Shape.LINE, ApiClient.NAME_MAX, message);
    }

    /** The last day of use lies from today to {@link #MAX_DAYS} days ahead. */
    public static Optional<String> lastDayProblem(LocalDate lastDay, LocalDate today) {
        if (lastDay == null || lastDay.isBefore(today) || lastDay.isAfter(today.plusDays(MAX_DAYS))) {
            return Optional.of("Choose a last day from today to " + today.plusDays(MAX_DAYS));
        }
        return Optional.empty();
    }

    /** A client may be used until the end of its last day in the clinic's time zone. */
    private Instant endOf(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
    }

    private Optional<String> caseloadName(ApiClientScope scope) {
        return scope instanceof ApiClientScope.Caseload(ClinicianId therapist)
                ? clinicians.findSummary(therapist).map(ClinicianSummary::displayName)
                : Optional.empty();
    }

    private Actor requireLead(Actor claimed) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        if (!actor.isLead()) {
            throw new NotPermittedException("only clinic leads manage API clients");
        }
        return actor;
    }
}

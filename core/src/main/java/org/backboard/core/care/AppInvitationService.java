package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.care.CareAccess.Guard;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episodes;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.mail.MailKind;
import org.backboard.core.mail.Outbox;
import org.backboard.core.mail.OutgoingMail;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.AppLinks;
import org.backboard.core.patientapp.AppAccess;
import org.backboard.core.patientapp.InvitationSecrets;
import org.backboard.core.patientapp.Invitations;
import org.backboard.core.patientapp.PatientAccounts;
import org.backboard.core.shared.Result;

/**
 * A therapist invites a patient to their app, sees where the patient stands with it, and revokes
 * it. A new invitation replaces an open one (and, once accepted, a forgotten password); the end of
 * care ends access by itself (see the V13 migration).
 */
public class AppInvitationService {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    /** A new invitation: its secrets (shown once), its link, and whether it was also mailed to the patient. */
    public record Invited(InvitationSecrets.Issued issued, String link, boolean mailed) { }
    static final String NO_OPEN_EPISODE = "Open an episode first: the app shows the patient's current care";
    static final String NOTHING_TO_REVOKE = "This patient has no app access or open invitation";

    private final CareAccess care;
    private final Episodes episodes;
    private final Invitations invitations;
    private final PatientAccounts accounts;
    private final AppLinks links;
    private final Outbox outbox;
    private final MailAvailability mail;
    private final Duration validFor;
    private final Clock clock;

    public AppInvitationService(CareAccess care, Episodes episodes, Invitations invitations, PatientAccounts accounts,
                                AppLinks links, Outbox outbox, MailAvailability mail, Duration validFor,
                                Clock clock) {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("an invitation must be valid for some time");
        }
        this.care = care;
        this.episodes = episodes;
        this.invitations = invitations;
        this.accounts = accounts;
        this.links = links;
        this.outbox = outbox;
        this.mail = mail;
        this.validFor = validFor;
        this.clock = clock;
    }

    /**
     * A new one-time invitation, its secrets in the clear for this one answer only; mailed as well
     * when the patient has an address and mail is set up (the mail holds only the link).
     */
    @Transactional
    public Result<Invited> invite(Actor claimed, PatientId id) {
        return care.onPatient(claimed, id, Set.of(Guard.PATIENT_NOT_ARCHIVED), (actor, patient) -> {
            if (episodes.forPatient(id).stream().allMatch(episode -> episode.isDischarged())) {
                return Result.rejected("invitation", NO_OPEN_EPISODE);
            }
            Instant now = clock.instant();
            invitations.latest(id).filter(invitation -> invitation.isOpen())
                    .ifPresent(open -> invitations.update(open.revoke(now)));
            InvitationSecrets.Issued issued = InvitationSecrets.issue(id, actor.id(), now, validFor);
            invitations.add(issued.invitation());
            String link = links.join(issued.token());
            Optional<String> address = patient.details().contact().email()
                    .filter(email -> mail.configured() && MailAddress.problem(email).isEmpty());
            address.ifPresent(email -> outbox.enqueue(OutgoingMail.to(email, MailKind.INVITATION,
                    "Your invitation to the Backboard exercise app", invitationMail(link, issued)), now));
            care.record(actor, AuditAction.APP_INVITATION_CREATED, id, "patient_invitation",
                    issued.invitation().id(), address.isPresent() ? List.of("mailed") : List.of());
            return new Result.Saved<>(new Invited(issued, link, address.isPresent()));
        });
    }

    /** Where the patient stands with their app; empty when the clinician may not see the patient. */
    @Transactional
    public Optional<AppAccess> access(Actor claimed, PatientId id) {
        Actor actor = care.actor(claimed);
        return care.visible(actor, id).map(patient -> current(id));
    }

    /** Ends the patient's app access and any open invitation at once; their next request is refused. */
    @Transactional
    public Result<AppAccess> revoke(Actor claimed, PatientId id) {
        return care.onPatient(claimed, id, Set.of(), (actor, patient) -> {
            Instant now = clock.instant();
            boolean revoked = false;
            var account = accounts.forPatient(id).filter(stored -> stored.isActive());
            if (account.isPresent()) {
                accounts.save(account.get().revoke(now));
                revoked = true;
            }
            var open = invitations.latest(id).filter(invitation -> invitation.isOpen());
            if (open.isPresent()) {
                invitations.update(open.get().revoke(now));
                revoked = true;
            }
            if (!revoked) {
                return Result.rejected("invitation", NOTHING_TO_REVOKE);
            }
            care.record(actor, AuditAction.APP_ACCESS_REVOKED, id, "patient", id.value(), List.of());
            return new Result.Saved<>(current(id));
        });
    }

    /** No name, no clinical content: whoever reads it learns only that an invitation exists. */
    private String invitationMail(String link, InvitationSecrets.Issued issued) {
        return "Hello,\n\nYour physiotherapist has invited you to the Backboard exercise app, where you can see "
                + "your exercises and tell your therapist how you are doing.\n\nOpen this link on your phone to set "
                + "up your sign-in. It works once, until " + DAY.format(issued.invitation().expiresAt()
                        .atZone(clock.getZone())) + ", and asks for your date of birth:\n\n" + link
                + "\n\nIf you did not expect this message, you can ignore it.\n";
    }

    private AppAccess current(PatientId id) {
        return AppAccess.of(accounts.forPatient(id), invitations.latest(id), clock.instant());
    }
}

package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.mail.MailKind;
import org.backboard.core.mail.Outbox;
import org.backboard.core.mail.OutgoingMail;
import org.backboard.core.patientapp.AppLinks;
import org.backboard.core.patientapp.InvitationSecrets;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.patientapp.Reminders;
import org.backboard.core.shared.Result;

/**
 * A patient's daily reminder to exercise: opted into in their app at a time of their choosing,
 * mailed once a day from then on, stopped in the app or by the link in any reminder. The mail holds
 * no patient data, only the two links.
 */
public class ReminderService {

    static final String NO_EMAIL = "Reminders come by email: ask your therapist to add your email address first";
    private static final int BATCH = 50;

    private final CareAccess care;
    private final Reminders reminders;
    private final Outbox outbox;
    private final AppLinks links;
    private final AuditTrail audit;
    private final Clock clock;

    public ReminderService(CareAccess care, Reminders reminders, Outbox outbox, AppLinks links, AuditTrail audit,
                           Clock clock) {
        this.care = care;
        this.reminders = reminders;
        this.outbox = outbox;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient's reminder time, if they have one. */
    @Transactional
    public Result<Optional<LocalTime>> reminder(PatientActor patient) {
        return care.onOwnCare(patient, (actor, own) -> new Result.Saved<>(reminders.timeFor(actor.patient())));
    }

    /**
     * Sets the daily time, to the minute: a time still ahead today reminds today (even after an
     * earlier one today: the patient asked for it), a time already past starts tomorrow.
     */
    @Transactional
    public Result<LocalTime> set(PatientActor patient, LocalTime at) {
        return care.onOwnCare(patient, (actor, own) -> {
            if (at == null) {
                return Result.rejected("time", "Choose a time of day");
            }
            if (own.patient().details().contact().email().filter(e -> MailAddress.problem(e).isEmpty()).isEmpty()) {
                return Result.rejected("time", NO_EMAIL);
            }
            LocalTime minute = at.truncatedTo(ChronoUnit.MINUTES);
            LocalDate today = LocalDate.now(clock);
            boolean passed = !minute.isAfter(LocalTime.now(clock));
            reminders.set(actor.patient(), minute, passed ? Optional.of(today) : Optional.empty());
            care.record(actor, AuditAction.REMINDER_SET, "patient", actor.patient().value(), List.of("time"));
            return new Result.Saved<>(minute);
        });
    }

    @Transactional
    public Result<Boolean> stop(PatientActor patient) {
        return care.onOwnCare(patient, (actor, own) -> {
            reminders.stop(actor.patient());
            care.record(actor, AuditAction.REMINDER_STOPPED, "patient", actor.patient().value(), List.of());
            return new Result.Saved<>(true);
        });
    }

    /** The stop link of a reminder mail, opened by anyone holding it; false when it stops nothing. */
    @Transactional
    public boolean stopByLink(String token) {
        if (!InvitationSecrets.isTokenShaped(token)) {
            return false;
        }
        return reminders.stopByLink(InvitationSecrets.hash(token)).map(patient -> {
            audit.record(AuditEvent.byPatient(clock.instant(), patient.value(), AuditAction.REMINDER_STOPPED,
                    "patient", patient.value().toString(), List.of("link")));
            return true;
        }).orElse(false);
    }

    /**
     * Queues today's due reminders (a batch at a time); several nodes may run this at once, as due
     * reminders are locked while queued. Returns how many were queued.
     */
    @Transactional
    public int queueDue() {
        LocalDate today = LocalDate.now(clock);
        List<Reminders.Due> due = reminders.claimDue(today, LocalTime.now(clock), BATCH);
        for (Reminders.Due reminder : due) {
            if (MailAddress.problem(reminder.email()).isPresent()) {
                // an address changed since into one mail cannot take: this reminder can never arrive
                reminders.stop(reminder.patient());
                continue;
            }
            String token = InvitationSecrets.token();
            outbox.enqueue(OutgoingMail.to(reminder.email(), MailKind.REMINDER, "Time for your exercises",
                    "Hello,\n\nThis is your daily reminder to do your exercises. Your program is in your app:\n\n"
                            + links.home() + "\n\nTo stop these reminders, open this link:\n\n"
                            + links.stopReminders(token) + "\n"), clock.instant());
            reminders.sent(reminder.patient(), today, InvitationSecrets.hash(token));
        }
        return due.size();
    }
}

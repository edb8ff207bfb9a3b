package org.backboard.core.care;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.mail.MailKind;
import org.backboard.core.mail.Outbox;
import org.backboard.core.mail.OutboxId;
import org.backboard.core.mail.OutgoingMail;
import org.backboard.core.patient.Patient;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.Tier;

/**
 * Tells a patient's therapist by mail that the patient raised a red flag from home, so an urgent
 * sign is not left until the therapist next opens Backboard. Only for the tiers that need a doctor
 * soon (emergency, urgent): review signs wait on the worklist, as a mail for each would teach
 * therapists to ignore these mails. The mail is queued in the caller's transaction (the flag's), so
 * a check-in that rolls back sends nothing. It says only that a patient reported a warning sign and
 * links to the patient's page by id: no name, MRN, sign or tier; the therapist signs in to read it.
 */
public class TherapistFlagMail {

    /** The tiers that are mailed. */
    static final Set<Tier> MAILED = Set.of(Tier.EMERGENCY, Tier.URGENT);
    static final String SUBJECT = "A patient has reported a warning sign";

    private final Clinicians clinicians;
    private final Outbox outbox;
    private final MailAvailability mail;
    private final CareLinks links;
    private final Clock clock;

    public TherapistFlagMail(Clinicians clinicians, Outbox outbox, MailAvailability mail, CareLinks links,
                             Clock clock) {
        this.clinicians = clinicians;
        this.outbox = outbox;
        this.mail = mail;
        this.links = links;
        this.clock = clock;
    }

    /**
     * One mail for the flags just raised, to the patient's therapist as assigned now, if any is of a
     * mailed tier, mail is set up and the therapist's account is active with an address. Without mail
     * set up nothing is queued: an alert that leaves days later, once someone sets mail up, would only
     * mislead; the flag waits on the worklist meanwhile.
     */
    Optional<OutboxId> queue(Patient patient, List<RaisedFlag> raised) {
        if (!mail.configured() || raised.stream().noneMatch(flag -> MAILED.contains(flag.tier()))) {
            return Optional.empty();
        }
        return clinicians.findById(patient.therapist()).filter(Clinician::active).flatMap(Clinician::email)
                .map(address -> outbox.enqueue(mailTo(address, patient), clock.instant()));
    }

    private OutgoingMail mailTo(MailAddress therapist, Patient patient) {
        return new OutgoingMail(MailKind.FLAG_ALERT, therapist, SUBJECT,
                "Hello,\n\nA patient of yours has just reported a warning sign in the Backboard app that needs "
                        + "prompt attention.\n\nSign in to Backboard to see it on the patient's page:\n\n"
                        + links.patientPage(patient.id()) + "\n\nIt also stays on your worklist until it is "
                        + "acknowledged. This mail leaves out every detail about the patient on purpose.\n");
    }
}

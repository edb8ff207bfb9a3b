package org.backboard.core.mail;

/**
 * Why a mail is sent. It is stored with each message, so the outbox can be read by purpose
 * without reading anyone's mail. A new kind also needs the outbox table's check widened.
 */
public enum MailKind {
    /** A patient is invited to the patient app. */
    INVITATION,
    /** A patient is reminded of something due (a check-in, a session). */
    REMINDER,
    /** A clinician is told that a red flag waits in Backboard. */
    FLAG_ALERT
}

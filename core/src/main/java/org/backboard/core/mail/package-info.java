/**
 * Outgoing mail: what may be sent, the outbox it waits in, and the dispatcher that sends it.
 * <p>
 * A use case that wants to mail someone builds an {@link org.backboard.core.mail.OutgoingMail}
 * and hands it to {@link org.backboard.core.mail.Outbox#enqueue} inside its own transaction, so
 * the mail exists exactly when the change that caused it commits. The
 * {@link org.backboard.core.mail.MailDispatcher} sends what is due, at least once: SMTP has no
 * way to confirm a delivery and forget it in one step, so a node that stops between the
 * server's acceptance and the outbox's record sends that mail again later (with the same
 * Message-ID, which mail clients use to spot the duplicate).
 * <p>
 * Mail leaves the clinic's systems, so it carries no patient data: no names, no clinical
 * content, nothing a stranger reading it could learn about someone's care. A mail says that
 * something is waiting and links to where a signed-in person can see it.
 */
package org.backboard.core.mail;

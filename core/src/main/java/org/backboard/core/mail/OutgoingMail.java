package org.backboard.core.mail;

import java.util.Objects;
import java.util.Optional;
import org.backboard.core.shared.Texts;

/**
 * A plain-text mail to one recipient, checked before it is queued.
 * <p>
 * <strong>No patient data in mail.</strong> Mail crosses servers the clinic does not control and
 * lands in inboxes others may read, so the subject and body hold only generic text and links:
 * never a patient's name, date of birth, MRN, diagnosis, scores, flags or notes, and no text a
 * clinician typed. Write "You have been invited to Backboard: <link>", not "Dear Ms Smith, your
 * back pain check-in...". A link may carry an opaque token; whoever follows it signs in before
 * seeing anything. The recipient's address is the one personal datum a mail needs, and nothing
 * here logs it.
 *
 * @param kind why it is sent
 * @param recipient the one address it goes to
 * @param subject one line, at most {@value #MAX_SUBJECT} characters
 * @param body plain text (line breaks allowed), at most {@value #MAX_BODY} characters
 */
public record OutgoingMail(MailKind kind, MailAddress recipient, String subject, String body) {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20_000;

    public OutgoingMail {
        Objects.requireNonNull(kind, "mail kind");
        Objects.requireNonNull(recipient, "mail recipient");
        subject = Texts.strip(subject);
        Optional<String> problem = textProblem(subject, Texts.Shape.LINE, MAX_SUBJECT, "subject")
                .or(() -> textProblem(body, Texts.Shape.LINES, MAX_BODY, "body"));
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** For callers that hold the address as text: an address {@link MailAddress} refuses is refused here too. */
    public static OutgoingMail to(String recipient, MailKind kind, String subject, String body) {
        return new OutgoingMail(kind, new MailAddress(recipient), subject, body);
    }

    private static Optional<String> textProblem(String text, Texts.Shape shape, int max, String what) {
        if (Texts.isBlank(text)) {
            return Optional.of("A mail needs a " + what);
        }
        return Texts.problem(text, shape, max, "A mail's " + what + " has at most " + max + " characters")
                .map(problem -> "Mail " + what + ": " + problem);
    }

    /** Neither the address nor the text appears when this is printed. */
    @Override
    public String toString() {
        return "OutgoingMail[kind=" + kind + "]";
    }
}

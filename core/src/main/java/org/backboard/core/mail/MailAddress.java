package org.backboard.core.mail;

import java.util.Optional;
import java.util.regex.Pattern;
import org.backboard.core.shared.Texts;

/**
 * An address a mail can be sent to: one plain {@code local@domain.tld}, ASCII only, with no
 * display name, quotes, brackets, commas or spaces, so it can never name a second recipient or
 * break into a mail header. Stricter than what a person may type into a contact field: an
 * address refused here is refused before it is queued, with {@link #problem(String)}'s message.
 */
public record MailAddress(String value) {

    /** The longest address SMTP carries (RFC 5321: a 256-octet path less its angle brackets). */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final String PROBLEM = "Enter one email address like name@example.org";

    public MailAddress {
        value = Texts.strip(value);
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why this text is not an address mail can go to, if it is not; blank is a problem too. */
    public static Optional<String> problem(String raw) {
        String value = Texts.strip(raw);
        if (Texts.isBlank(value) || value.length() > MAX_LENGTH || value.indexOf('@') > MAX_LOCAL_PART
                || !ADDRESS.matcher(value).matches()) {
            return Optional.of(PROBLEM);
        }
        return Optional.empty();
    }

    /** The part after the {@code @}. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    /** Addresses are personal data: a message or a log line that prints this record shows no address. */
    @Override
    public String toString() {
        return "MailAddress[…]";
    }
}

package org.backboard.core.patient;

import java.util.Optional;
import java.util.regex.Pattern;
import org.backboard.core.shared.Texts;

/** Optional phone and email, validated when given. */
public record ContactDetails(Optional<String> phone, Optional<String> email) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,25}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[A-Za-z]{2,}");

    public ContactDetails {
        phone = phone.flatMap(Texts::trimToEmpty);
        email = email.flatMap(Texts::trimToEmpty);
        Optional<String> problem = phone.flatMap(ContactDetails::phoneProblem);
        if (problem.isEmpty()) {
            problem = email.flatMap(ContactDetails::emailProblem);
        }
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    public static ContactDetails of(String phone, String email) {
        return new ContactDetails(Texts.trimToEmpty(phone), Texts.trimToEmpty(email));
    }

    public static ContactDetails none() {
        return new ContactDetails(Optional.empty(), Optional.empty());
    }

    public static Optional<String> phoneProblem(String raw) {
        return Texts.trimToEmpty(raw)
                .filter(value -> !PHONE.matcher(value).matches() || digits(value) < 6)
                .map(value -> "Phone must have at least 6 digits (+, spaces, dashes and brackets allowed)");
    }

    public static Optional<String> emailProblem(String raw) {
        return Texts.trimToEmpty(raw)
                .filter(value -> value.length() > 254 || !EMAIL.matcher(value).matches()
                        || Texts.problem(value, Texts.Shape.LINE).isPresent())
                .map(value -> "Enter an email address like name@example.org");
    }

    private static long digits(String value) {
        return value.chars().filter(Character::isDigit).count();
    }
}

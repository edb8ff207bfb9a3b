package org.backboard.core.clinician;

import jakarta.transaction.Transactional;
import java.util.Optional;
import org.backboard.core.shared.Texts;

/**
 * Creates the first clinic lead on a fresh installation, so that no default password ever
 * exists outside demo mode.
 */
public class FirstLeadSetup {

    /** What happened when the application asked for a first lead. */
    public sealed interface Outcome {
        record Created(Username username) implements Outcome { }
        record NotNeeded() implements Outcome { }
        record Rejected(String reason) implements Outcome { }
    }

    private final Clinicians clinicians;
    private final PasswordHasher hasher;

    public FirstLeadSetup(Clinicians clinicians, PasswordHasher hasher) {
        this.clinicians = clinicians;
        this.hasher = hasher;
    }

    public boolean isNeeded() {
        return !clinicians.anyActiveLead();
    }

    @Transactional
    public Outcome createIfNeeded(String rawUsername, String displayName, String rawPassword) {
        if (!isNeeded()) {
            return new Outcome.NotNeeded();
        }
        Optional<Username> parsed = Username.parse(rawUsername);
        if (parsed.isEmpty()) {
            return new Outcome.Rejected("user name: " + Username.problem(null).orElseThrow());
        }
        Username username = parsed.get();
        Optional<String> passwordProblem = PasswordPolicy.problem(username, rawPassword);
        if (passwordProblem.isPresent()) {
            return new Outcome.Rejected("password: " + passwordProblem.get());
        }
        Optional<String> nameProblem = Texts.problem(displayName, Texts.Shape.LINE, 100, "Use at most 100 characters");
        if (nameProblem.isPresent()) {
            return new Outcome.Rejected("display name: " + nameProblem.get());
        }
        String name = Texts.isBlank(displayName) ? username.value() : displayName;
        clinicians.add(Clinician.create(username, name, hasher.hash(rawPassword), Role.LEAD));
        return new Outcome.Created(username);
    }
}

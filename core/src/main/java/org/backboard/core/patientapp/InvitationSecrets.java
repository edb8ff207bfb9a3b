package org.backboard.core.patientapp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;

/**
 * Makes an invitation's two secrets and hashes them for storage. The link carries a 256-bit token;
 * the short code, for typing from a handout, has 50 bits in ten characters of an alphabet without
 * look-alikes (no I, L, O, U), which is enough because redemptions are throttled. Only SHA-256
 * hashes are stored: a copy of the database invites nobody.
 */
public final class InvitationSecrets {

    static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int CODE_LENGTH = 10;
    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationSecrets() {
    }

    /** An invitation with its secrets in the clear: shown once, never stored. */
    public record Issued(Invitation invitation, String token, String code) { }

    public static Issued issue(PatientId patient, ClinicianId by, Instant now, Duration validFor) {
        String token = token();
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        Invitation invitation = new Invitation(UUID.randomUUID(), patient, hash(token), hash(code.toString()), by,
                now, now.plus(validFor), Optional.empty(), Optional.empty(), 0);
        return new Issued(invitation, token, code.toString());
    }

    /** A 256-bit secret for a link (an invitation's, a reminder's stop link), URL-safe. */
    public static String token() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The code as printed: "K7QM2-XPA9D". */
    public static String display(String code) {
        return code.substring(0, CODE_LENGTH / 2) + "-" + code.substring(CODE_LENGTH / 2);
    }

    /**
     * The code as typed, made comparable: case, spaces and dashes do not matter, and the letters
     * people confuse with digits read as those digits. Empty when it cannot be a code.
     */
    public static Optional<String> normaliseCode(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case ' ', '-' -> { }
                case 'O' -> code.append('0');
                case 'I', 'L' -> code.append('1');
                default -> {
                    if (CODE_ALPHABET.indexOf(c) < 0) {
                        return Optional.empty();
                    }
                    code.append(c);
                }
            }
        }
        return code.length() == CODE_LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }

    /** Whether a link's token has the shape this class makes (anything else is not looked up). */
    public static boolean isTokenShaped(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

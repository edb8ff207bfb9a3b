package org.backboard.core.apiclient;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A client's secret: 256 random bits from the platform's strong generator, written as base64url
 * (43 characters). Shown to the lead once; only its hash is stored.
 */
public final class ApiClientSecret {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiClientSecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package org.backboard.core.apiclient;

import java.time.Instant;
import java.util.Optional;

/** A client as the lead's list shows it: its scope in words and its state at the moment listed. */
public record ApiClientRow(ApiClient client, Optional<String> caseloadOf, ApiClientState state) {

    /** When an active client stops working by itself. */
    public Instant expiresAt() {
        return client.expiresAt();
    }
}

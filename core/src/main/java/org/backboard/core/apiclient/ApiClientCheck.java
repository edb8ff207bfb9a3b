package org.backboard.core.apiclient;

import java.time.Clock;
import org.backboard.core.shared.NotPermittedException;

/**
 * A token lives a few minutes; a lead's revocation or the client's expiry must not wait for it.
 * Every API call checks the client as it is stored now, as {@code ActorCheck} does for clinicians.
 */
public final class ApiClientCheck {

    private ApiClientCheck() {
    }

    /** The client's scope as stored now; refused when the client is unknown, revoked or expired. */
    public static ApiClientScope current(ApiClients clients, Clock clock, ApiClientActor actor) {
        return clients.find(actor.id())
                .filter(client -> client.isActive(clock.instant()))
                .map(ApiClient::scope)
                .orElseThrow(() -> new NotPermittedException("this API client is revoked or expired"));
    }
}

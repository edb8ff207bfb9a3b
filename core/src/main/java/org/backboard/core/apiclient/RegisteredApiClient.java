package org.backboard.core.apiclient;

/** A client just registered, with its secret in clear: the only time anyone sees it. */
public record RegisteredApiClient(ApiClient client, String secret) {

    @Override
    public String toString() {
        return "RegisteredApiClient[" + client.id() + "]";
    }
}

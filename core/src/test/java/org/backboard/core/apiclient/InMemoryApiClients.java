package org.backboard.core.apiclient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.shared.ConcurrentChangeException;

/** API clients in a map, with the store's version rule. */
public final class InMemoryApiClients implements ApiClients {

    private final Map<ApiClientId, ApiClient> clients = new LinkedHashMap<>();

    @Override
    public void add(ApiClient client) {
        clients.put(client.id(), client);
    }

    @Override
    public Optional<ApiClient> find(ApiClientId id) {
        return Optional.ofNullable(clients.get(id));
    }

    @Override
    public void update(ApiClient client) {
        ApiClient stored = clients.get(client.id());
        if (stored == null || stored.version() != client.version()) {
            throw new ConcurrentChangeException("this API client");
        }
        clients.put(client.id(), new ApiClient(client.id(), client.name(), client.scope(), client.secretHash(),
                client.registeredBy(), client.registeredAt(), client.expiresAt(), client.revokedAt(),
                client.version() + 1));
    }

    @Override
    public List<ApiClient> all() {
        List<ApiClient> all = new ArrayList<>(clients.values());
        all.sort(Comparator.comparing(ApiClient::registeredAt).reversed());
        return all;
    }
}

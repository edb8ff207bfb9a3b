package org.backboard.core.apiclient;

import java.util.List;
import java.util.Optional;

/** Port: where API clients are stored. */
public interface ApiClients {

    void add(ApiClient client);

    Optional<ApiClient> find(ApiClientId id);

    /**
     * Stores a changed client at the version it was read.
     *
     * @throws org.backboard.core.shared.ConcurrentChangeException when it changed since it was read
     */
    void update(ApiClient client);

    /** Every client ever registered, newest first. */
    List<ApiClient> all();
}

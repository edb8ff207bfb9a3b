package org.backboard.persistence.apiclient;

import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClient;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.apiclient.ApiClients;
import org.backboard.core.shared.ConcurrentChangeException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

@Repository
class ApiClientStore implements ApiClients {

    private final ApiClientRepository repository;

    ApiClientStore(ApiClientRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional
    public void add(ApiClient client) {
        repository.saveAndFlush(ApiClientEntity.from(client));
    }

    @Override
    public Optional<ApiClient> find(ApiClientId id) {
        return repository.findById(id.value()).map(ApiClientEntity::toDomain);
    }

    /** Merged with the version the caller read: Hibernate's {@code @Version} refuses a stale save. */
    @Override
    @Transactional
    public void update(ApiClient client) {
        try {
            repository.saveAndFlush(ApiClientEntity.stored(client));
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException("this API client");
        }
    }

    @Override
    public List<ApiClient> all() {
        return repository.findAllByOrderByRegisteredAtDesc().stream().map(ApiClientEntity::toDomain).toList();
    }
}

package org.backboard.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backboard.core.signin.SignInGuard;
import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Guesses sent in parallel get no more tries than guesses sent one by one. */
@BackboardSpringTest
class SignInThrottleConcurrencyTest {

    private static final int ALLOWED = 5;

    @Autowired
    SignInGuard guard;

    @Test
    void parallelAttemptsGetNoMoreThanTheAllowedNumberOfPasswordChecks() throws Exception {
        String name = "parallel-" + UUID.randomUUID().toString().substring(0, 8);
        List<Callable<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            attempts.add(() -> guard.attempt(name, Optional.empty()));
        }

        int checked = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Boolean> locked : pool.invokeAll(attempts)) {
                checked += locked.get() ? 0 : 1;
            }
        }

        assertThat(checked).isEqualTo(ALLOWED);
    }
}

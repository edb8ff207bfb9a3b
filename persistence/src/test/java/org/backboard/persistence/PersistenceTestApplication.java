package org.backboard.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The smallest application that wires the adapters, for the persistence tests. */
@SpringBootApplication
@Import(PersistenceConfiguration.class)
class PersistenceTestApplication {
}

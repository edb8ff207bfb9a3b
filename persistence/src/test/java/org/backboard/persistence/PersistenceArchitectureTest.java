package org.backboard.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The adapters follow the project's one persistence rule (README, "Architecture"). */
class PersistenceArchitectureTest {

    // tests included: a test's transaction is demarcated the same way
    private static final JavaClasses PERSISTENCE = new ClassFileImporter().importPackages("org.backboard.persistence");

    @Test
    void transactionsAreDemarcatedWithTheOneJakartaAnnotation() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
                .because("core can only use jakarta.transaction.Transactional, so the whole codebase uses it")
                .check(PERSISTENCE);
    }
}

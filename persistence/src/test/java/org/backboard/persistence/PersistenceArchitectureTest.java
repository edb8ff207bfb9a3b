package org.backboard.persistence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The adapters, package by feature like core, without cycles and without reaching into the ui. */
class PersistenceArchitectureTest {

    private static final JavaClasses PERSISTENCE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.backboard.persistence");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.backboard.persistence.(*)..").should().beFreeOfCycles().check(PERSISTENCE);
    }

    @Test
    void theAdaptersKnowNothingOfTheUi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.backboard.ui..", "com.vaadin..")
                .check(PERSISTENCE);
    }

    @Test
    void transactionsAreDemarcatedWithTheOneJakartaAnnotation() {
        // tests included: a test's transaction is demarcated the same way
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
                .because("core can only use jakarta.transaction.Transactional, so the whole codebase uses it")
                .check(new ClassFileImporter().importPackages("org.backboard.persistence"));
    }
}

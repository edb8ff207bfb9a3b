package org.backboard.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The domain stays plain Java: no framework, persistence or UI types leak into core. */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backboard.core");
    }

    @Test
    void coreDoesNotDependOnFrameworksPersistenceOrUi() {
        noClasses().that().resideInAPackage("org.backboard.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "com.vaadin..",
                        "java.sql..",
                        "javax.sql..",
                        // file formats are adapters: CSV is read and written by the application
                        "org.apache.commons.csv..")
                .check(core);
    }

    /** The FHIR mapping builds on core; core knows neither it nor HAPI. */
    @Test
    void coreDoesNotSeeTheFhirMapping() {
        noClasses().that().resideInAPackage("org.backboard.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.backboard.fhir..", "ca.uhn.fhir..", "org.hl7..")
                .check(core);
    }

    @Test
    void theOnlyJakartaApiCoreUsesIsTransactionDemarcation() {
        noClasses().that().resideInAPackage("org.backboard.core..")
                .should().dependOnClassesThat(resideInAPackage("jakarta..").and(not(resideInAPackage("jakarta.transaction.."))))
                .as("core classes should only use jakarta.transaction from jakarta")
                .check(core);
    }

    /** The library is kept for its list of common passwords only, behind one class that can swap it out. */
    @Test
    void onlyCommonPasswordsReadsThePasswordListLibrary() {
        noClasses().that().haveNameNotMatching("org\\.backboard\\.core\\.clinician\\.CommonPasswords(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("me.gosimple..")
                .check(core);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.backboard.core.(*)..").should().beFreeOfCycles().check(core);
    }
}

package org.backboard.fhir;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The mapping sees core's domain and HAPI's model, nothing of persistence, the UI or Spring. */
class FhirArchitectureTest {

    private static JavaClasses fhir;

    @BeforeAll
    static void importFhir() {
        fhir = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backboard.fhir");
    }

    @Test
    void dependsOnCoreHapiAndTheJdkOnly() {
        classes().that().resideInAPackage("org.backboard.fhir..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.backboard.fhir..",
                        "org.backboard.core..",
                        "org.hl7.fhir..",
                        "ca.uhn.fhir..",
                        "java..")
                .check(fhir);
    }

    @Test
    void knowsNothingOfPersistenceTheUiOrSpring() {
        noClasses().that().resideInAPackage("org.backboard.fhir..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.backboard.persistence..", "org.backboard.ui..", "org.springframework..",
                        "com.vaadin..", "jakarta.persistence..", "java.sql..")
                .check(fhir);
    }

    /** The validator (every FHIR version's model) is for the tests; the mapping needs R4's model only. */
    @Test
    void doesNotNeedTheValidatorAtRunTime() {
        noClasses().that().resideInAPackage("org.backboard.fhir..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "ca.uhn.fhir.validation..", "org.hl7.fhir.common.hapi.validation..", "org.hl7.fhir.validation..")
                .check(fhir);
    }
}

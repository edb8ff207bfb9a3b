package org.backboard.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.signin.SignInAttempts;
import org.backboard.core.patient.Patients;
import org.backboard.core.episode.Episodes;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.roster.Roster;
import org.backboard.core.symptom.CheckIns;
import org.junit.jupiter.api.Test;

class UiArchitectureTest {

    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.backboard.ui");

    @Test
    void viewsNeverTouchJpaEntitiesOrSpringDataRepositories() {
        noClasses().that().resideInAPackage("org.backboard.ui..")
                .and().doNotHaveFullyQualifiedName(BackboardApplication.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.backboard.persistence..", "jakarta.persistence..", "org.springframework.data..",
                        "org.hibernate..", "org.springframework.jdbc..")
                .because("views call core services and receive records (DESIGN.md)")
                .check(UI);
    }

    @Test
    void viewsCallServicesNotTheStoragePorts() {
        // security (sign-in) and demo (seeding) work below the use cases; the wiring builds them
        noClasses().that().resideInAPackage("org.backboard.ui..")
                .and().resideOutsideOfPackages("org.backboard.ui.security..", "org.backboard.ui.demo..")
                .and().doNotHaveFullyQualifiedName(ApplicationServices.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(Patients.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Clinicians.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(AuditTrail.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(SignInAttempts.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Roster.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Episodes.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(CheckIns.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName(RaisedFlags.class.getName())
                .because("access rules live in the core services; a view reading a port would bypass them")
                .check(UI);
    }

    @Test
    void everyRouteAndLayoutCarriesAnAccessAnnotation() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(Layout.class)
                .should().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .check(UI);
    }

    @Test
    void transactionsAreDemarcatedWithTheOneJakartaAnnotation() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.transaction.annotation.Transactional")
                .because("core can only use jakarta.transaction.Transactional, so the whole codebase uses it")
                .check(UI);
    }
}

package org.backboard.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

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
import org.backboard.core.patient.Patients;
import org.backboard.core.episode.Episodes;
import java.util.Set;
import java.util.stream.Collectors;
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
                        "org.hibernate..", "org.springframework.jdbc..", "org.springframework.dao..")
                .because("views call core services and receive records (DESIGN.md)")
                .check(UI);
    }

    /** The ports: core's interfaces that the persistence module implements, found, not listed. */
    private static final Set<String> PORTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.backboard.core", "org.backboard.persistence").stream()
            .filter(type -> type.getPackageName().startsWith("org.backboard.persistence"))
            .flatMap(type -> type.getAllRawInterfaces().stream())
            .filter(type -> type.getPackageName().startsWith("org.backboard.core"))
            .map(JavaClass::getName)
            .collect(Collectors.toSet());

    @Test
    void theStoragePortsAreFoundAcrossCore() {
        assertThat(PORTS).contains(Patients.class.getName(), Episodes.class.getName(), AuditTrail.class.getName())
                .hasSizeGreaterThan(15);
    }

    @Test
    void viewsCallServicesNotTheStoragePorts() {
        // security (sign-in) and demo (seeding) work below the use cases; the wiring builds them, and
        // the mail wiring builds the outbox's dispatcher, and the bulk export's wiring its use cases and runner
        noClasses().that().resideInAPackage("org.backboard.ui..")
                .and().resideOutsideOfPackages("org.backboard.ui.security..", "org.backboard.ui.demo..")
                .and().doNotHaveFullyQualifiedName(ApplicationServices.class.getName())
                .and().doNotHaveFullyQualifiedName("org.backboard.ui.mail.MailConfiguration")
                .and().doNotHaveFullyQualifiedName("org.backboard.ui.bulkexport.BulkExportConfiguration")
                .should().dependOnClassesThat(DescribedPredicate.describe("a storage port of core",
                        (JavaClass type) -> PORTS.contains(type.getName())))
                .because("access rules live in the core services; a view reading a port would bypass them")
                .check(UI);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.backboard.ui.(*)..").should().beFreeOfCycles().check(UI);
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

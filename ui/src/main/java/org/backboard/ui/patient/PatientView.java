package org.backboard.ui.patient;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianDirectory;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientService;
import org.backboard.core.care.AppInvitationService;
import org.backboard.core.care.CareRecord;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.care.CareRecordService;
import org.backboard.core.care.FlagAlert;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.Tier;
import org.backboard.core.shared.Result;
import org.backboard.ui.alert.FlagAlertBroadcaster;
import org.backboard.ui.alert.FlagNotice;
import org.backboard.ui.care.CarePanel;
import org.backboard.ui.care.CareServices;
import org.backboard.ui.components.LostRace;
import org.backboard.ui.security.CurrentClinician;

/**
 * One patient's page. A patient the clinician may not see looks exactly like one that does not
 * exist, so a typed URL reveals nothing.
 */
@Route("patients/:id")
@RolesAllowed({"THERAPIST", "LEAD"})
public class PatientView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ID = "id";

    private final PatientService patients;
    private final ClinicianDirectory clinicians;
    private final CareRecordService records;
    private final CareServices care;
    private final AppInvitationService invitations;
    private final MailAvailability mail;
    private final Actor actor;
    private Patient patient;
    /** Read by the broadcaster's threads to pick this page's alerts; set in the UI's lock. */
    private volatile PatientId shownPatient;
    private CarePanel panel;
    /** The open flags as last shown: a pushed refresh tells only of flags not among them. */
    private Set<UUID> shownFlags = Set.of();

    public PatientView(PatientService patients, ClinicianDirectory clinicians, CareRecordService records,
                       CareServices care, AppInvitationService invitations, MailAvailability mail,
                       CurrentClinician current, FlagAlertBroadcaster flagAlerts) {
        this.patients = patients;
        this.clinicians = clinicians;
        this.records = records;
        this.care = care;
        this.invitations = invitations;
        this.mail = mail;
        this.actor = current.actor();
        flagAlerts.follow(this, actor, alert -> alert.patient().equals(shownPatient), this::flagsRaised);
    }

    public static RouteParameters parametersFor(PatientId id) {
        return new RouteParameters(ID, id.value().toString());
    }

    /** This page's address for the patient, relative to the application (for links in mail). */
    public static String location(PatientId id) {
        return "patients/" + id.value();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Patient> found = event.getRouteParameters().get(ID).flatMap(PatientId::parse)
                .flatMap(id -> patients.open(actor, id));
        found.ifPresentOrElse(this::show, this::showNotFound);
    }

    @Override
    public String getPageTitle() {
        return patient == null ? "Patient not found | Backboard" : patient.details().name().sortable() + " | Backboard";
    }

    private void show(Patient shown) {
        patient = shown;
        shownPatient = shown.id();
        removeAll();
        String therapistName = clinicians.displayName(shown.therapist());
        H2 name = new H2(shown.details().name().sortable());
        name.setId("patient-name");
        Optional<CareRecord> record = records.read(actor, shown.id());
        if (record.isEmpty()) {
            showNotFound();
            return;
        }
        panel = carePanel(record.get());
        // the first screen: who, the open red flags, then the episodes' progress tiles; the full
        // demographics fold away behind one line
        HorizontalLayout heading = new HorizontalLayout(name, PatientFacts.oneLine(shown, therapistName,
                patients.today()), actions(shown));
        heading.setWrap(true);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWidthFull();
        Details facts = new Details("Demographics and contact", new PatientFacts(shown, therapistName,
                patients.today()));
        facts.setId("patient-details");
        AppAccessSection app = new AppAccessSection(invitations, actor, shown, care.clock().getZone(), mail);
        add(backLink(), heading, panel.banner(), facts, app, panel);
    }

    /**
     * A flag raised for this patient elsewhere (another clinician, later the patient): the flags and
     * episodes are read and drawn again in place. The heading stays, and so does an open dialog, with
     * whatever was typed into it.
     */
    private void flagsRaised(List<FlagAlert> alerts) {
        if (patient == null) {
            return; // the page turned to "not found" while the alert waited for it
        }
        Optional<CareRecord> record = records.read(actor, patient.id());
        if (record.isEmpty()) {
            showNotFound();
            return;
        }
        List<RaisedFlag> arrived = record.get().openFlags().stream()
                .filter(flag -> !shownFlags.contains(flag.id())).toList();
        if (arrived.isEmpty()) {
            return; // shown already: this page recorded it, or the news came twice
        }
        CarePanel fresh = carePanel(record.get());
        replace(panel.banner(), fresh.banner());
        replace(panel, fresh);
        panel = fresh;
        Tier tier = arrived.getFirst().tier(); // most urgent first
        FlagNotice.show(tier, "New " + tier.label().toLowerCase(Locale.ENGLISH) + " red flag on this patient",
                arrived.stream().map(flag -> flag.sign().warningSign()).collect(Collectors.joining("; "))
                        + ". The flags are at the top of the page.");
    }

    private CarePanel carePanel(CareRecord record) {
        shownFlags = record.openFlags().stream().map(RaisedFlag::id).collect(Collectors.toSet());
        return new CarePanel(care, actor, record, this::reload);
    }

    private void showNotFound() {
        patient = null;
        shownPatient = null;
        removeAll();
        H2 title = new H2("Patient not found");
        title.setId("patient-not-found");
        add(backLink(), title, new Paragraph("There is no patient at this address on your caseload."));
    }

    private HorizontalLayout actions(Patient shown) {
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> openEdit());
        edit.setId("patient-edit");
        Button archive = shown.isArchived()
                ? new Button("Restore", VaadinIcon.ARROW_BACKWARD.create(), click -> confirmRestore())
                : new Button("Archive", VaadinIcon.ARCHIVE.create(), click -> confirmArchive());
        archive.setId("patient-archive");
        archive.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(edit, archive);
        actions.setWrap(true);
        if (actor.isLead()) {
            Button reassign = new Button("Reassign therapist", VaadinIcon.EXCHANGE.create(), click -> openReassign());
            reassign.setId("patient-reassign");
            actions.add(reassign);
        }
        return actions;
    }

    private void openEdit() {
        PatientDialog dialog = PatientDialog.forEdit(patients, actor, patient);
        dialog.onConflict(this::reload);
        dialog.addSaveListener(saved -> {
            show(saved.patient());
            Notification.show("Patient updated");
        });
        dialog.open();
    }

    private void confirmArchive() {
        ConfirmDialog confirm = new ConfirmDialog("Archive " + patient.details().name().sortable() + "?",
                "Archived patients are hidden from the roster unless you choose to show them. Nothing is deleted, "
                        + "and you can restore the patient at any time.",
                "Archive", event -> apply(() -> patients.archive(actor, patient.id(), patient.version()), "Patient archived"));
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("confirm-archive");
        confirm.open();
    }

    private void confirmRestore() {
        apply(() -> patients.restore(actor, patient.id(), patient.version()), "Patient restored");
    }

    private void openReassign() {
        new ReassignDialog(clinicians, patient.therapist(), therapist ->
                apply(() -> patients.reassign(actor, patient.id(), patient.version(), therapist), "Therapist changed"))
                .open();
    }

    private void apply(Supplier<Result<Patient>> change, String success) {
        switch (LostRace.guarded(change)) {
            case Result.Saved<Patient> saved -> {
                show(saved.value());
                Notification.show(success);
            }
            case Result.Conflict<Patient> conflict -> {
                reload();
                warn("Someone else changed this patient after you opened it, so nothing was saved. "
                        + "The page now shows their change.");
            }
            case Result.NotFound<Patient> notFound -> showNotFound();
            case Result.Rejected<Patient> rejected -> warn(rejected.problems().getFirst().message());
        }
    }

    private void reload() {
        patients.open(actor, patient.id()).ifPresentOrElse(this::show, this::showNotFound);
    }

    private static void warn(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    private static RouterLink backLink() {
        return new RouterLink("← Patients", RosterView.class);
    }
}

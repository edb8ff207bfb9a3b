package org.backboard.ui.program;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backboard.core.care.Handout;
import org.backboard.core.clinician.Actor;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.ProgramVersion;
import org.backboard.ui.components.Dates;
import org.backboard.ui.components.ExerciseInstructions;
import org.backboard.ui.security.CurrentClinician;

/**
 * The home exercise program as the patient takes it home: a plain page without the app's
 * navigation, laid out for the browser's print (or "save as PDF"). Opening it is audited.
 */
@Route(value = "programs/:id/handout", autoLayout = false)
@RolesAllowed({"THERAPIST", "LEAD"})
public class HandoutView extends Div implements BeforeEnterObserver, HasDynamicTitle {


    private final ProgramServices services;
    private final Actor actor;
    private String title = "Home exercise program | Backboard";

    public HandoutView(ProgramServices services, CurrentClinician current) {
        this.services = services;
        this.actor = current.actor();
        addClassName("bb-handout");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Handout> handout = event.getRouteParameters().get("id").flatMap(ProgramId::parse)
                .flatMap(id -> services.programs().handout(actor, id));
        removeAll();
        handout.ifPresentOrElse(this::show, () -> {
            H1 missing = new H1("Program not found");
            missing.setId("handout-not-found");
            add(missing, new Paragraph("There is no program at this address on your caseload."));
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(Handout handout) {
        LocalDate today = LocalDate.now(services.clock());
        ProgramVersion version = handout.versionFor(today);
        String patient = handout.patient().details().name().given() + " " + handout.patient().details().name().family();
        title = "Exercises for " + patient + " | Backboard";
        Button print = new Button("Print or save as PDF", VaadinIcon.PRINT.create(),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.PRIMARY);
        print.addClassName("bb-no-print");
        print.setId("handout-print");
        H1 heading = new H1("Your home exercise program");
        heading.setId("handout-title");
        Paragraph who = new Paragraph("For " + patient + " · from your therapist "
                + services.clinicians().displayName(handout.patient().therapist()));
        Paragraph when = new Paragraph("Start " + Dates.day(handout.program().program().startDate())
                + (version.number() > 1 ? " · this version from " + Dates.day(version.effectiveFrom()) : "")
                + " · do each exercise as often as it says");
        who.addClassName("bb-handout-meta");
        when.addClassName("bb-handout-meta");
        add(print, heading, who, when, advice());
        List<Prescription> prescriptions = version.prescriptions();
        for (int i = 0; i < prescriptions.size(); i++) {
            add(exercise(i + 1, prescriptions.get(i), handout.program().exercises().get(prescriptions.get(i).exercise())));
        }
        Paragraph footer = new Paragraph("Questions, or pain that is clearly worse? Call the clinic. Stop and seek "
                + "urgent care if you notice numbness between the legs, new trouble passing urine or stool, or "
                + "weakness in the legs.");
        footer.addClassName("bb-handout-footer");
        add(footer);
    }

    private static Paragraph advice() {
        Paragraph advice = new Paragraph("Ease into it and listen to your body: mild soreness while you get used to "
                + "an exercise is normal. If one feels too hard or makes your pain clearly worse, do less of it and "
                + "tell us at your next contact.");
        advice.addClassName("bb-handout-advice");
        return advice;
    }

    private static Div exercise(int number, Prescription prescription, Exercise exercise) {
        Div card = new Div();
        card.addClassName("bb-handout-exercise");
        String name = exercise == null ? "Exercise" : exercise.name();
        H2 title = new H2(number + ". " + name);
        Span dosage = new Span(prescription.dosage().text());
        dosage.addClassName("bb-handout-dosage");
        card.add(title, dosage);
        if (!prescription.notes().isEmpty()) {
            Paragraph notes = new Paragraph("From your therapist: " + prescription.notes());
            notes.addClassName("bb-handout-notes");
            card.add(notes);
        }
        if (exercise != null) {
            card.add(ExerciseInstructions.steps(exercise.details()));
            ExerciseInstructions.cautions(exercise.details()).ifPresent(card::add);
        }
        return card;
    }
}

package org.backboard.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.backboard.core.care.HomeService;
import org.backboard.core.outcome.Instrument;
import org.backboard.core.shared.Result;
import org.backboard.ui.security.CurrentPatient;

/**
 * Questionnaires: the one the schedule says is due (STarT Back, the PSFS), one at a time, soonest
 * first. Once answered it is thanked for and gone; the patient never sees a score or a risk group.
 */
@Route("app/questionnaires")
@PageTitle("Questionnaires | Backboard")
@RolesAllowed("PATIENT")
public class QuestionnairesView extends VerticalLayout {

    private final HomeService home;
    private final CurrentPatient current;

    QuestionnairesView(HomeService home, CurrentPatient current) {
        this.home = home;
        this.current = current;
        addClassName("bb-home-page");
        setPadding(false);
        show(false);
    }

    private void show(boolean justAnswered) {
        removeAll();
        if (justAnswered) {
            Div thanks = new Div(new Paragraph(HomeTexts.THANK_YOU));
            thanks.addClassName("bb-home-advice");
            thanks.setId("questionnaires-thanks");
            thanks.getElement().setAttribute("role", "status");
            add(thanks);
            thanks.scrollIntoView();
        }
        add(new H1("Questionnaires"));
        switch (home.questionnaires(current.actor())) {
            case Result.Saved<HomeService.Questionnaires> saved -> show(saved.value());
            default -> add(new Paragraph(HomeTexts.NO_ACCESS));
        }
    }

    private void show(HomeService.Questionnaires waiting) {
        if (waiting.due().isEmpty()) {
            Paragraph none = new Paragraph("Nothing to answer at the moment. When your therapist would like to "
                    + "hear from you again, it will be here and on your Today page.");
            none.setId("questionnaires-none");
            add(none);
            return;
        }
        if (waiting.due().size() > 1) {
            add(new Paragraph(waiting.due().size() + " short questionnaires are waiting. Here is the first."));
        }
        Instrument next = waiting.due().getFirst();
        add(switch (next) {
            case START_BACK -> new StartBackForm(home, current.actor(), () -> show(true));
            case PSFS -> new PsfsForm(home, current.actor(), waiting.activitiesToScoreAgain(), () -> show(true));
            case ODI -> throw new IllegalStateException("the Oswestry is never asked at home");
        });
    }
}

package org.backboard.ui.care;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.stream.Collectors;
import java.util.List;
import org.backboard.core.care.EpisodeOverview;
import org.backboard.core.care.ProgramOverview;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.episode.RiskFactor;
import org.backboard.core.outcome.ReviewPrompt;
import org.backboard.ui.components.Dates;
import org.backboard.ui.components.ClinicalBadges;
import org.backboard.ui.outcome.OutcomesSection;
import org.backboard.ui.program.ProgramSection;

/** One episode of care: what it is, where it stands on the 12-week clock, its symptom timeline and its program. */
final class EpisodeCard extends Div {


    EpisodeCard(EpisodeOverview overview, CarePanel.Context context) {
        Episode episode = overview.episode();
        EpisodeDetails details = episode.details();
        addClassName("bb-episode");
        setId("episode-" + episode.id().value());

        H3 title = new H3(details.region().label() + " · " + details.diagnosis().label());
        HorizontalLayout heading = new HorizontalLayout(title, status(episode));
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        heading.setWrap(true);
        if (!episode.isDischarged()) {
            heading.add(ClinicalBadges.stage(overview.chronicity()));
        }
        add(heading, new ProgressSummary(overview, context.today()),
                facts(overview, context.services().clinicians().displayName(episode.therapist())));
        overview.prompt().ifPresent(prompt -> add(promptLine(prompt)));
        if (!context.readOnly()) {
            add(actions(episode, context));
        }
        if (!episode.isDischarged()) {
            add(new TimelineBand(overview.chronicity()));
        }
        if (overview.timeline().isEmpty()) {
            add(new Paragraph("No check-ins yet."));
        } else {
            add(new PainChart(overview.timeline(), overview.program().map(ProgramOverview::weeks).orElse(List.of()),
                    details.onset().date(), context.zone(), overview.chronicity().days()),
                    new CheckInTable(overview.timeline(), context.zone()));
        }
        add(new ProgramSection(episode, overview.program(), context.services().programs(), context.actor(),
                context.readOnly(), context::saved));
        add(new OutcomesSection(overview, context.services().outcomes(), context.actor(), context.readOnly(),
                context::saved));
    }

    private static Span status(Episode episode) {
        Span badge = new Span(episode.status().label());
        badge.addClassNames("bb-status", episode.status() == EpisodeStatus.ACTIVE ? "bb-status-active"
                : "bb-status-archived");
        return badge;
    }

    private static Div facts(EpisodeOverview overview, String therapist) {
        Episode episode = overview.episode();
        EpisodeDetails details = episode.details();
        StringBuilder clock = new StringBuilder("Onset " + Dates.onset(details.onset()) + " · started "
                + Dates.day(details.startDate()) + " with " + therapist + " · " + details.painType().label() + " pain");
        if (episode.isDischarged()) {
            episode.discharge().ifPresent(d -> clock.append(" · discharged ").append(Dates.day(d.date()))
                    .append(": ").append(d.reason()));
        } else {
            clock.append(" · week ").append(overview.chronicity().week()).append(", ")
                    .append(overview.chronicity().daysUntilChronic().map(d -> d + " days until chronic")
                            .orElse("chronic (12 weeks or more)"));
        }
        Div facts = new Div(new Paragraph(clock.toString()));
        facts.addClassName("bb-episode-facts");
        if (!details.riskFactors().isEmpty()) {
            facts.add(new Paragraph("Risk factors: " + details.riskFactors().stream().sorted()
                    .map(RiskFactor::label).collect(Collectors.joining(", "))));
        }
        return facts;
    }

    private static Component promptLine(ReviewPrompt prompt) {
        Paragraph line = new Paragraph(prompt == ReviewPrompt.NOT_IMPROVING_CHRONIC
                ? "Not improving after 12 weeks: arrange a medical review."
                : "Not improving after 4 weeks: consider a medical review.");
        line.addClassNames("bb-prompt", prompt == ReviewPrompt.NOT_IMPROVING_CHRONIC ? "bb-prompt-high" : "bb-prompt-medium");
        return line;
    }

    private static HorizontalLayout actions(Episode episode, CarePanel.Context context) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (!episode.isDischarged()) {
            Button checkIn = new Button("Record check-in", VaadinIcon.PLUS.create(),
                    click -> context.recordCheckIn(episode));
            checkIn.addThemeVariants(ButtonVariant.PRIMARY);
            checkIn.setId("record-check-in");
            actions.add(checkIn);
        }
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> context.edit(episode));
        edit.setId("episode-edit");
        actions.add(edit);
        if (!episode.isDischarged()) {
            Button hold = episode.status() == EpisodeStatus.ON_HOLD
                    ? new Button("Resume", click -> context.resume(episode))
                    : new Button("Put on hold", click -> context.putOnHold(episode));
            hold.setId("episode-hold");
            Button discharge = new Button("Discharge…", click -> context.discharge(episode));
            discharge.setId("episode-discharge");
            hold.addThemeVariants(ButtonVariant.TERTIARY);
            discharge.addThemeVariants(ButtonVariant.TERTIARY);
            actions.add(hold, discharge);
        }
        return actions;
    }
}

package org.backboard.ui.components;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.redflag.Tier;
import org.backboard.core.worklist.Severity;

/**
 * Stage, red-flag and worklist severity badges: always text and colour together, never colour alone
 * (WCAG 1.4.1). Tiers and severities also carry an icon of their own shape, and no two of them share
 * a colour, so "Urgent" and "High" differ at a glance as well as by name.
 */
public final class ClinicalBadges {

    private ClinicalBadges() {
    }

    public static Span stage(Chronicity chronicity) {
        Span badge = new Span(chronicity.stage().label() + " · week " + chronicity.week());
        badge.addClassNames("bb-badge", "bb-stage-" + chronicity.stage().name().toLowerCase(Locale.ROOT));
        if (chronicity.inWatchWindow()) {
            badge.setText(badge.getText() + " · watch");
            badge.addClassName("bb-stage-watch");
        }
        badge.setTitle(chronicity.daysUntilChronic().map(days -> days + " days until chronic")
                .orElse("Chronic: 12 weeks or more since onset"));
        return badge;
    }

    public static Span tier(Tier tier) {
        Span badge = withIcon(tier.name(), tier.label());
        badge.addClassNames("bb-badge", "bb-flag-" + tier.name().toLowerCase(Locale.ROOT));
        badge.setTitle(tier.meaning());
        return badge;
    }

    /** A worklist item's severity; a red flag's keeps its tier's icon and colour. */
    public static Span severity(Severity severity) {
        Span badge = withIcon(severity.name(), severity.label());
        badge.addClassNames("bb-badge", "bb-severity-" + severity.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** One shape per level, by the level's name (a tier and its severity share it). */
    static VaadinIcon icon(String level) {
        return switch (level) {
            case "EMERGENCY" -> VaadinIcon.EXCLAMATION_CIRCLE;
            case "URGENT" -> VaadinIcon.WARNING;
            case "HIGH" -> VaadinIcon.ARROW_UP;
            case "REVIEW" -> VaadinIcon.STETHOSCOPE;
            case "MEDIUM" -> VaadinIcon.CIRCLE_THIN;
            case "LOW" -> VaadinIcon.ARROW_DOWN;
            default -> throw new IllegalArgumentException("no badge icon for " + level);
        };
    }

    private static Span withIcon(String level, String label) {
        Icon icon = icon(level).create();
        icon.addClassName("bb-badge-icon");
        icon.getElement().setAttribute("aria-hidden", "true"); // the text says it
        return new Span(icon, new Text(label));
    }
}

package org.backboard.ui.components;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.redflag.Tier;

/** Stage and red-flag badges: always text and colour together, never colour alone. */
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
        Span badge = new Span(tier.label());
        badge.addClassNames("bb-badge", "bb-flag-" + tier.name().toLowerCase(Locale.ROOT));
        badge.setTitle(tier.meaning());
        return badge;
    }
}

package org.backboard.ui.alert;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import org.backboard.core.redflag.Tier;
import org.backboard.ui.components.ClinicalBadges;

/**
 * The notification of a new red flag. Its tier is a word and an icon, not a colour alone; screen
 * readers announce it (the card is role="alert", and an emergency interrupts: aria-live
 * assertive); it stays until closed, so a clinician who was away from the screen still finds it.
 */
public final class FlagNotice {

    private FlagNotice() {
    }

    /** A notice with one action besides closing, such as opening the patient; acting closes it. */
    public static Notification show(Tier tier, String headline, String detail, String actionLabel,
                                    Runnable action) {
        Notification notification = opened(tier);
        Button act = new Button(actionLabel, click -> {
            notification.close();
            action.run();
        });
        act.addThemeVariants(ButtonVariant.SMALL);
        act.addClassName("bb-flag-notice-action");
        fill(notification, tier, headline, detail, act);
        return notification;
    }

    public static Notification show(Tier tier, String headline, String detail) {
        Notification notification = opened(tier);
        fill(notification, tier, headline, detail);
        return notification;
    }

    private static Notification opened(Tier tier) {
        Notification notification = new Notification();
        notification.setDuration(0);
        notification.setPosition(Notification.Position.TOP_END);
        notification.setAssertive(tier == Tier.EMERGENCY);
        notification.open();
        return notification;
    }

    private static void fill(Notification notification, Tier tier, String headline, String detail,
                             Component... actions) {
        Span title = new Span(headline);
        title.addClassName("bb-flag-notice-title");
        Span text = new Span(detail);
        text.addClassName("bb-flag-notice-detail");
        Div words = new Div(ClinicalBadges.tier(tier), title, text);
        words.addClassName("bb-flag-notice-words");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> notification.close());
        close.addThemeVariants(ButtonVariant.TERTIARY);
        close.setAriaLabel("Close this notice");
        Div buttons = new Div(actions);
        buttons.add(close);
        buttons.addClassName("bb-flag-notice-buttons");
        Div notice = new Div(words, buttons);
        notice.addClassNames("bb-flag-notice", "bb-flag-notice-" + tier.name().toLowerCase(Locale.ROOT));
        notification.add(notice);
    }
}

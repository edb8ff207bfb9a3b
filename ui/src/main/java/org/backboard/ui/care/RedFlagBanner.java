package org.backboard.ui.care;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.Tier;
import org.backboard.ui.components.Dates;
import org.backboard.ui.components.ClinicalBadges;

/**
 * The open red flags at the top of the patient page, most urgent first; an EMERGENCY flag is the
 * most prominent thing on the page. Nothing hides a flag: it stays until acknowledged.
 */
final class RedFlagBanner extends Div {


    RedFlagBanner(List<RaisedFlag> openFlags, ZoneId zone, Consumer<RaisedFlag> acknowledge) {
        setId("red-flags");
        addClassName("bb-flag-banner");
        for (RaisedFlag flag : openFlags) {
            Div row = new Div();
            row.addClassNames("bb-flag-row", "bb-flag-row-" + flag.tier().name().toLowerCase(Locale.ROOT));
            Span sign = new Span(flag.sign().warningSign());
            sign.addClassName("bb-flag-sign");
            Span meaning = new Span(flag.tier().meaning() + " · raised " + Dates.moment(flag.raisedAt(), zone)
                    + (flag.checkIn().isPresent() ? " from a check-in" : " at intake"));
            meaning.addClassName("bb-flag-meaning");
            Button ack = new Button("Acknowledge…", click -> acknowledge.accept(flag));
            ack.addThemeVariants(flag.tier() == Tier.EMERGENCY
                    ? ButtonVariant.ERROR : ButtonVariant.LUMO_CONTRAST, ButtonVariant.PRIMARY);
            ack.setId("acknowledge-" + flag.sign().name());
            Div text = new Div(sign, meaning);
            text.addClassName("bb-flag-text");
            row.add(ClinicalBadges.tier(flag.tier()), text, ack);
            add(row);
        }
        setVisible(!openFlags.isEmpty());
    }
}

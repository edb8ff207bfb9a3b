package org.backboard.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one locale setting (BACKBOARD_LOCALE, a language tag such as en-GB or de-DE): every UI takes
 * it, so the date pickers and every date Backboard writes (through components.Dates) share one style.
 */
@Component
class ClinicLocale implements VaadinServiceInitListener {

    static final String PROPERTY = "backboard.locale";

    private final Locale locale;

    ClinicLocale(@Value("${" + PROPERTY + ":en-GB}") String tag) {
        locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty()) {
            throw new IllegalStateException(PROPERTY + " (BACKBOARD_LOCALE) must be a language tag such as en-GB, not '"
                    + tag + "'");
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setLocale(locale));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(locale));
    }
}

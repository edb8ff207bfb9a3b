package org.backboard.ui.home;

import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * A date of birth typed as digits, in the clinic's date style (15/03/1961 in en-GB): on a phone,
 * a calendar that must be paged back decades is no way to enter one.
 */
final class BirthDateField extends TextField {

    private final DateTimeFormatter format;
    private final String pattern;

    BirthDateField(String label, Locale locale) {
        super(label);
        pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale).replaceAll("y+", "uuuu");
        format = DateTimeFormatter.ofPattern(pattern, locale).withResolverStyle(ResolverStyle.STRICT);
        String shown = pattern.replace("uuuu", "YYYY").replaceAll("d+", "DD").replaceAll("M+", "MM");
        setPlaceholder(shown);
        setHelperText("For example " + LocalDate.of(1961, 3, 15).format(format));
        setMaxLength(12);
        getElement().setAttribute("autocomplete", "bday");
    }

    /** The date typed, if it is one (a day or month may lack its leading zero). */
    Optional<LocalDate> date() {
        String typed = getValue().strip();
        try {
            return Optional.of(LocalDate.parse(typed, format));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(LocalDate.parse(typed, DateTimeFormatter.ofPattern(
                        pattern.replaceAll("d+", "d").replaceAll("M+", "M")).withResolverStyle(ResolverStyle.STRICT)));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }

    String expected() {
        return "Enter your date of birth like " + LocalDate.of(1961, 3, 15).format(format);
    }
}

package org.backboard.core.mail;

import java.util.regex.Pattern;
import org.backboard.core.shared.Texts;

/**
 * Why a send failed, as stored on the message and logged: one short line, with anything that looks
 * like an address blanked out, whatever the transport or the mail server put in it.
 */
public record FailureReason(String text) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern ADDRESS_LIKE = Pattern.compile("\\S*@\\S*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public FailureReason {
        String given = text == null || text.isBlank() ? "unknown failure" : text.strip();
        String oneLine = Texts.storable(SPACES.matcher(given).replaceAll(" "), Texts.Shape.LINE);
        text = Texts.truncate(ADDRESS_LIKE.matcher(oneLine).replaceAll("[address]"), MAX_LENGTH);
    }

    @Override
    public String toString() {
        return text;
    }
}

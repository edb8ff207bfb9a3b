package org.backboard.core.mail;

import java.util.regex.Pattern;
import org.backboard.core.shared.Texts;

/**
 * A send that failed. The reason is stored on the message and logged, so it is kept short and
 * anything that looks like an address is blanked out, whatever the transport put in it.
 */
public class MailTransportException extends Exception {

    public static final int MAX_REASON = 200;
    private static final Pattern ADDRESS_LIKE = Pattern.compile("\\S*@\\S*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final boolean permanent;

    /**
     * @param reason why, in words that name no address or message text
     * @param permanent true when sending the same message again cannot succeed (the server refused
     *                  the recipient, the message cannot be built), so retrying is pointless
     */
    public MailTransportException(String reason, boolean permanent) {
        super(clean(reason));
        this.permanent = permanent;
    }

    public String reason() {
        return getMessage();
    }

    public boolean permanent() {
        return permanent;
    }

    private static String clean(String reason) {
        String given = reason == null || reason.isBlank() ? "unknown failure" : reason.strip();
        String oneLine = Texts.storable(SPACES.matcher(given).replaceAll(" "), Texts.Shape.LINE);
        return Texts.truncate(ADDRESS_LIKE.matcher(oneLine).replaceAll("[address]"), MAX_REASON);
    }
}

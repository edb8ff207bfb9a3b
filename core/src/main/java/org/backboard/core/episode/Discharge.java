package org.backboard.core.episode;

import java.time.LocalDate;
import java.util.Objects;
import org.backboard.core.shared.Texts;

/** The end of an episode of care: when, and why in the clinician's words. */
public record Discharge(LocalDate date, String reason) {

    public Discharge {
        Objects.requireNonNull(date, "discharge date");
        if (!Texts.present(reason, 500)) {
            throw new IllegalArgumentException("A discharge reason of 1-500 characters is required");
        }
        reason = Texts.strip(reason);
    }
}

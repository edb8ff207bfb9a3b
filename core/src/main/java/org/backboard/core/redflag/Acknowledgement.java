package org.backboard.core.redflag;

import java.time.Instant;
import java.util.Objects;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.Texts;

/** How a clinician closed a flag: the action taken, their note, who and when. */
public record Acknowledgement(AcknowledgementAction action, String note, ClinicianId by, Instant at) {

    public static final int NOTE_MAX_LENGTH = 2000;

    public Acknowledgement {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(by, "acknowledged by");
        Objects.requireNonNull(at, "acknowledged at");
        if (!Texts.present(note, NOTE_MAX_LENGTH)) {
            throw new IllegalArgumentException("An acknowledgement needs a note of 1-" + NOTE_MAX_LENGTH + " characters");
        }
        note = Texts.strip(note);
    }
}

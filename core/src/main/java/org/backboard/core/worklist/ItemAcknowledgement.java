package org.backboard.core.worklist;

import java.time.Instant;
import java.util.Objects;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.shared.Texts;

/** Who took note of a worklist item, and when; the note says what they did about it. */
public record ItemAcknowledgement(ItemKey key, PatientId patient, ClinicianId by, Instant at, String note) {

    public static final int MAX_NOTE = 500;

    public ItemAcknowledgement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        note = note == null ? "" : Texts.strip(note);
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("A note has at most " + MAX_NOTE + " characters");
        }
        if (key.kind() == ItemKind.RED_FLAG) {
            throw new IllegalArgumentException("Red flags are acknowledged with the red-flag action");
        }
    }
}

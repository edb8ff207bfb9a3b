package org.backboard.core.worklist;

import java.time.LocalDate;
import java.util.Objects;
import org.backboard.core.symptom.PainScore;

/** A pain score and the day it was taken. */
public record PainReading(PainScore score, LocalDate on) {

    public PainReading {
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(on, "on");
    }
}

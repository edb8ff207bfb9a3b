package org.backboard.persistence.exercise;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.backboard.core.exercise.Dosage;

/** A dosage in its four columns, as JPA maps it inside an exercise or a template item (see {@link DosageColumns}). */
@Embeddable
public class EmbeddedDosage {

    @Column(nullable = false)
    private short sets;

    private Short reps;

    @Column(name = "hold_seconds")
    private Short holdSeconds;

    @Column(name = "sessions_per_week", nullable = false)
    private short sessionsPerWeek;

    protected EmbeddedDosage() {
    }

    public static EmbeddedDosage of(Dosage dosage) {
        EmbeddedDosage columns = new EmbeddedDosage();
        columns.sets = (short) dosage.sets();
        columns.sessionsPerWeek = (short) dosage.sessionsPerWeek();
        switch (dosage.effort()) {
            case Dosage.Reps reps -> columns.reps = (short) reps.count();
            case Dosage.Hold hold -> columns.holdSeconds = (short) hold.seconds();
        }
        return columns;
    }

    public Dosage toDomain() {
        Dosage.Effort effort = reps != null ? new Dosage.Reps(reps) : new Dosage.Hold(holdSeconds);
        return new Dosage(sets, effort, sessionsPerWeek);
    }
}

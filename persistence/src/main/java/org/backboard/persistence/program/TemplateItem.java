package org.backboard.persistence.program;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.UUID;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.Prescription;
import org.backboard.persistence.exercise.EmbeddedDosage;

/** One exercise of a template, a row of program_template_item. */
@Embeddable
class TemplateItem {

    @Column(nullable = false)
    private short position;

    @Column(name = "exercise_id", nullable = false)
    private UUID exerciseId;

    @Embedded
    private EmbeddedDosage dosage;

    @Column(nullable = false)
    private String notes;

    protected TemplateItem() {
    }

    static TemplateItem of(int position, Prescription prescription) {
        TemplateItem item = new TemplateItem();
        item.position = (short) position;
        item.exerciseId = prescription.exercise().value();
        item.dosage = EmbeddedDosage.of(prescription.dosage());
        item.notes = prescription.notes();
        return item;
    }

    Prescription toDomain() {
        return new Prescription(new ExerciseId(exerciseId), dosage.toDomain(), notes);
    }
}

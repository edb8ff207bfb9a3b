package org.backboard.core.symptom;

/** The symptom checklist of docs/clinical-rules.md section 4.1 (seeds 000, 001, 002, 004). */
public enum Symptom {
    DULL_ACHE("Dull ache"),
    SHARP_PAIN("Sharp, shooting or burning pain"),
    STIFF_AFTER_STILLNESS("Stiffness after staying in one position"),
    MORNING_STIFFNESS("Morning stiffness"),
    MUSCLE_SPASMS("Muscle spasms"),
    WORSE_BENDING_LIFTING("Worse with bending, twisting or lifting"),
    WORSE_SITTING_STANDING("Worse with sitting or standing"),
    RADIATING_BUTTOCK_LEG("Radiating into buttock or leg"),
    NUMBNESS_TINGLING("Numbness or tingling"),
    REDUCED_MOTION("Reduced range of motion");

    private final String label;

    Symptom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

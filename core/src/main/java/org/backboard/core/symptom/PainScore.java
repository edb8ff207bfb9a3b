package org.backboard.core.symptom;

/** Numeric rating scale 0 (no pain) to 10 (worst imaginable); FHIR LOINC 72514-3. Stiffness uses the same scale. */
public record PainScore(int value) {

    public PainScore {
        if (value < 0 || value > 10) {
            throw new IllegalArgumentException("A score is a whole number from 0 to 10");
        }
    }
}

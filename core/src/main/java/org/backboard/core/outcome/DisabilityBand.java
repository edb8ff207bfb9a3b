package org.backboard.core.outcome;

/** The Oswestry score bands of docs/clinical-rules.md section 4.3, by their upper bound in percent. */
public enum DisabilityBand {
    MINIMAL("Minimal disability", 20),
    MODERATE("Moderate disability", 40),
    SEVERE("Severe disability", 60),
    CRIPPLING("Crippling back pain", 80),
    BED_BOUND("Bed-bound or symptom magnification", 100);

    private final String label;
    private final int upTo;

    DisabilityBand(String label, int upTo) {
        this.label = label;
        this.upTo = upTo;
    }

    public String label() {
        return label;
    }

    public static DisabilityBand of(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("an Oswestry score is 0-100 %");
        }
        for (DisabilityBand band : values()) {
            if (percent <= band.upTo) {
                return band;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}

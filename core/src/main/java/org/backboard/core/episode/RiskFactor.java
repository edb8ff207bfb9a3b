package org.backboard.core.episode;

/** Risk factors recorded at intake (docs/clinical-rules.md section 7, seeds 000 and 002). */
public enum RiskFactor {
    AGE_OVER_45("Age over 45"),
    LOW_FITNESS("Low fitness or muscle mass"),
    EXCESS_WEIGHT("Excess weight"),
    SMOKING("Smoking"),
    HEAVY_LIFTING_JOB("Job with heavy lifting or twisting"),
    SEDENTARY("Sedentary lifestyle or job"),
    PREGNANCY("Pregnancy"),
    PREVIOUS_BACK_INJURY("Previous back injury"),
    STRESS("Stress"),
    POOR_SLEEP("Poor sleep");

    private final String label;

    RiskFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

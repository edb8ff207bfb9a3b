package org.backboard.core.worklist;

import org.backboard.core.redflag.Tier;

/**
 * How soon a worklist item needs attention, most severe first. A red flag takes its tier
 * (docs/clinical-rules.md section 6.2). The tiers do not say how they interleave with HIGH, MEDIUM and LOW:
 * emergency and urgent flags go above everything, a review-tier flag just above MEDIUM.
 */
public enum Severity {
    EMERGENCY("Emergency"),
    URGENT("Urgent"),
    HIGH("High"),
    REVIEW("Review"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Severity of(Tier tier) {
        return switch (tier) {
            case EMERGENCY -> EMERGENCY;
            case URGENT -> URGENT;
            case REVIEW -> REVIEW;
        };
    }
}

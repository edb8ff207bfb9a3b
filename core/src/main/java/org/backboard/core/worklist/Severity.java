package org.backboard.core.worklist;

import org.backboard.core.redflag.Tier;

/**
 * How soon a worklist item needs attention, most severe first. A red flag takes its tier; a
 * review-tier flag ranks with MEDIUM items (CLINICAL.md gives the tiers but not how they interleave
 * with the other severities: emergency and urgent flags go above everything else).
 */
public enum Severity {
    EMERGENCY("Emergency"),
    URGENT("Urgent"),
    HIGH("High"),
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
            case REVIEW -> MEDIUM;
        };
    }
}

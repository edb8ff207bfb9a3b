package org.backboard.core.outcome;

public enum PainChangeCategory {
    IMPROVED("Improved"),
    NO_IMPORTANT_CHANGE("No important change"),
    WORSENED("Worsened");

    private final String label;

    PainChangeCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

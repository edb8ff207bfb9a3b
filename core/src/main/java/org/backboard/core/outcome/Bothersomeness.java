package org.backboard.core.outcome;

/** STarT Back item 9: how bothersome the back pain has been in the last 2 weeks. */
public enum Bothersomeness {
    NOT_AT_ALL("Not at all"),
    SLIGHTLY("Slightly"),
    MODERATELY("Moderately"),
    VERY_MUCH("Very much"),
    EXTREMELY("Extremely");

    private final String label;

    Bothersomeness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 1 for "very much" or "extremely", else 0. */
    public int score() {
        return this == VERY_MUCH || this == EXTREMELY ? 1 : 0;
    }
}

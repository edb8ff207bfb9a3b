package org.backboard.core.episode;

/** FHIR EpisodeOfCare: active, onhold, finished (discharged). */
public enum EpisodeStatus {
    ACTIVE("Active"),
    ON_HOLD("On hold"),
    DISCHARGED("Discharged");

    private final String label;

    EpisodeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

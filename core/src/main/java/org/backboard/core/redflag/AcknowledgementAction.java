package org.backboard.core.redflag;

/** What the clinician did about a raised flag; the only way a flag closes (never by itself). */
public enum AcknowledgementAction {
    REFERRED_TO_EMERGENCY_CARE("Referred to emergency care"),
    REFERRED_TO_PHYSICIAN("Referred to physician"),
    REVIEWED_NOT_A_CONCERN("Reviewed: not a concern");

    private final String label;

    AcknowledgementAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

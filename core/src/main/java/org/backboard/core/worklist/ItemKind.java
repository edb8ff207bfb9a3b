package org.backboard.core.worklist;

/** The worklist items of docs/clinical-rules.md section 6.1. */
public enum ItemKind {
    RED_FLAG("Red flag"),
    HIGH_PAIN("High pain"),
    PAIN_WORSENING("Pain worsening"),
    NOT_IMPROVING("Not improving"),
    CHRONICITY_WATCH("Chronicity watch"),
    LOW_ADHERENCE("Low adherence"),
    INACTIVE("Inactive"),
    REASSESSMENT_DUE("Reassessment due");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

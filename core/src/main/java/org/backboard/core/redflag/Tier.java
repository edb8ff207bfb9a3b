package org.backboard.core.redflag;

/** How urgent a warning sign is (docs/clinical-rules.md section 2); ordered from most to least urgent. */
public enum Tier {
    EMERGENCY("Emergency", "Possible cauda equina syndrome: seek immediate care"),
    URGENT("Urgent", "Prompt medical evaluation"),
    REVIEW("Review", "See a doctor or consider referral");

    private final String label;
    private final String meaning;

    Tier(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}

package org.backboard.core.episode;

/** docs/clinical-rules.md section 1 (ACP guideline, Qaseem 2017; seed 002 for the inclusive 12 weeks). */
public enum ChronicityStage {
    ACUTE("Acute", "less than 4 weeks"),
    SUBACUTE("Subacute", "4 to 12 weeks"),
    CHRONIC("Chronic", "12 weeks or longer");

    private final String label;
    private final String meaning;

    ChronicityStage(String label, String meaning) {
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

package org.backboard.core.outcome;

/** The ten sections of the Oswestry Disability Index, named in our own words (the statements are licensed). */
public enum OswestrySection {
    PAIN_INTENSITY("Pain intensity"),
    PERSONAL_CARE("Personal care"),
    LIFTING("Lifting"),
    WALKING("Walking"),
    SITTING("Sitting"),
    STANDING("Standing"),
    SLEEPING("Sleeping"),
    SEX_LIFE("Sex life"),
    SOCIAL_LIFE("Social life"),
    TRAVELLING("Travelling");

    private final String label;

    OswestrySection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

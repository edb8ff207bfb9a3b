package org.backboard.core.roster;

/**
 * A roster column the database can sort by. AGE sorts by date of birth, youngest first
 * ascending. DAYS_TO_CHRONIC ascending puts the episodes closest to turning chronic first;
 * patients already chronic or without an open episode come last.
 */
public record RosterSort(Column column, boolean ascending) {

    public enum Column { NAME, MRN, AGE, THERAPIST, STATUS, DAYS_TO_CHRONIC }

    public static RosterSort byName() {
        return new RosterSort(Column.NAME, true);
    }
}

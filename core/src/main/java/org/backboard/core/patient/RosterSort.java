package org.backboard.core.patient;

/** A roster column the database can sort by. AGE sorts by date of birth, youngest first ascending. */
public record RosterSort(Column column, boolean ascending) {

    public enum Column { NAME, MRN, AGE, THERAPIST, STATUS }

    public static RosterSort byName() {
        return new RosterSort(Column.NAME, true);
    }
}

package org.backboard.core.patient;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** Rules for a date of birth, judged against an explicit "today". */
public final class BirthDate {

    public static final int MAX_AGE = 120;

    private BirthDate() {
    }

    public static Optional<String> problem(LocalDate dateOfBirth, LocalDate asOf) {
        if (dateOfBirth == null) {
            return Optional.of("Date of birth is required");
        }
        if (dateOfBirth.isAfter(asOf)) {
            return Optional.of("Date of birth cannot be in the future");
        }
        if (ageInYears(dateOfBirth, asOf) > MAX_AGE) {
            return Optional.of("Date of birth gives an age over " + MAX_AGE + " years");
        }
        return Optional.empty();
    }

    /** Completed years of age on the given date. */
    public static int ageInYears(LocalDate dateOfBirth, LocalDate asOf) {
        return Period.between(dateOfBirth, asOf).getYears();
    }
}

package org.backboard.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;

/** Backboard's dates and instants as FHIR values, independent of the server's time zone. */
final class FhirDates {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private FhirDates() {
    }

    /** A calendar day, written as the day it is ("2026-03-14"), never shifted by a zone. */
    static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    /** Year and month only ("2026-03"): an onset the patient recalls to the month. */
    static DateTimeType month(LocalDate date) {
        return new DateTimeType(date.toString().substring(0, 7));
    }

    /** A moment, in UTC to the second. */
    static DateTimeType instant(Instant at) {
        return new DateTimeType(Date.from(at), TemporalPrecisionEnum.SECOND, UTC);
    }
}

package org.backboard.core.episode;

/** How exactly the patient recalls the onset: a day, or only the month ("about March"). */
public enum OnsetPrecision {
    DAY,
    MONTH
}

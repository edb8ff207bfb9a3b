package org.backboard.core.patientimport;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.backboard.core.shared.Texts;

/**
 * The columns an import file may have, by the names its first line gives them. Names are matched
 * ignoring letter case, with spaces and dashes read as underscores ("Date of birth" is
 * {@code date_of_birth}). Each column carries the field of {@code PatientDraft} or {@code EpisodeDraft}
 * it fills, so a rule that fails on a draft field is shown on the file's column.
 */
public enum ImportColumn {
    MRN("mrn", "MRN", true, "mrn"),
    GIVEN_NAME("given_name", "Given name", true, "givenName"),
    FAMILY_NAME("family_name", "Family name", true, "familyName"),
    DATE_OF_BIRTH("date_of_birth", "Date of birth", true, "dateOfBirth"),
    SEX("sex", "Sex", true, "sex"),
    PHONE("phone", "Phone", false, "phone"),
    EMAIL("email", "Email", false, "email"),
    THERAPIST("therapist", "Therapist", true, "therapist"),
    ONSET("onset", "Symptom onset", false, "onsetDate"),
    REGION("region", "Region", false, "region"),
    PAIN_TYPE("pain_type", "Pain type", false, "painType"),
    DIAGNOSIS("diagnosis", "Diagnosis", false, "diagnosis"),
    EPISODE_START("episode_start", "Episode start", false, "startDate");

    private final String header;
    private final String label;
    private final boolean required;
    private final String draftField;

    ImportColumn(String header, String label, boolean required, String draftField) {
        this.header = header;
        this.label = label;
        this.required = required;
        this.draftField = draftField;
    }

    /** The name the file's first line gives the column. */
    public String header() {
        return header;
    }

    public String label() {
        return label;
    }

    /** Without this column the file is refused as a whole. */
    public boolean required() {
        return required;
    }

    /** One of the optional episode's columns: a row with any of them filled opens an episode. */
    public boolean ofEpisode() {
        return ordinal() >= ONSET.ordinal();
    }

    /** The column a header cell names, if any. */
    public static Optional<ImportColumn> named(String header) {
        String name = Texts.strip(header == null ? "" : header).toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return Arrays.stream(values()).filter(column -> column.header.equals(name)).findFirst();
    }

    /** The column that fills a draft's field (the drafts' field names do not overlap). */
    static Optional<ImportColumn> filling(String draftField) {
        return Arrays.stream(values()).filter(column -> column.draftField.equals(draftField)).findFirst();
    }
}

package org.backboard.fhir;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Backboard's own identifier systems, code systems, questionnaires and extension, named by URNs:
 * Backboard is installed by each clinic on its own host, so there is no web domain all
 * installations share (docs/fhir-mapping.md, "Backboard's own URIs").
 */
public final class BackboardSystems {

    private static final String BASE = "urn:backboard:";

    /** The clinic's medical record number; unique within one Backboard installation. */
    public static final String MRN = BASE + "mrn";

    public static final String RED_FLAG = BASE + "codesystem:red-flag";
    public static final String RED_FLAG_TIER = BASE + "codesystem:red-flag-tier";
    public static final String ACKNOWLEDGEMENT_ACTION = BASE + "codesystem:flag-acknowledgement-action";
    public static final String OBSERVATION = BASE + "codesystem:observation";
    public static final String CONDITION = BASE + "codesystem:condition";
    public static final String ASSESSMENT = BASE + "codesystem:assessment";
    public static final String BOTHERSOMENESS = BASE + "codesystem:start-back-bothersomeness";
    public static final String EXERCISE = BASE + "exercise";

    public static final String OSWESTRY_QUESTIONNAIRE = BASE + "questionnaire:oswestry";
    public static final String START_BACK_QUESTIONNAIRE = BASE + "questionnaire:start-back";
    public static final String PSFS_QUESTIONNAIRE = BASE + "questionnaire:psfs";

    public static final String FLAG_ACKNOWLEDGEMENT = BASE + "extension:flag-acknowledgement";

    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String UCUM = "http://unitsofmeasure.org";

    private BackboardSystems() {
    }

    /**
     * The id of a resource that has no record of its own in Backboard (an episode's Condition, a
     * check-in's pain Observation): a name-based UUID of its kind and its source's id, so it is
     * the same on every read.
     */
    public static String derivedId(String kind, Object source) {
        return UUID.nameUUIDFromBytes((kind + ":" + source).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * The id of a resource derived from one of a patient's records (an episode's Condition, a
     * check-in's pain Observation): its kind, then the record's UUID ("pain-0b8e…"). The same on
     * every read, different for each kind, and it names its record, so a read by id finds the
     * patient it belongs to ({@link #sourceOf}). At most 64 characters, as FHIR allows.
     */
    public static String recordId(String kind, UUID source) {
        return kind + "-" + source;
    }

    /** The record a {@link #recordId} names, if the id has that form. */
    public static Optional<UUID> sourceOf(String id) {
        if (id == null || id.length() < 38 || id.charAt(id.length() - 37) != '-') {
            return Optional.empty();
        }
        try {
            String uuid = id.substring(id.length() - 36);
            UUID source = UUID.fromString(uuid);
            return source.toString().equals(uuid) ? Optional.of(source) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A FHIR code for an enum constant: BLADDER_BOWEL becomes bladder-bowel. */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

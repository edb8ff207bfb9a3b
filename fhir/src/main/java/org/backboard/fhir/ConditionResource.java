package org.backboard.fhir;

import java.time.LocalDate;
import java.util.Locale;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.ChronicityStage;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.SymptomOnset;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;

/**
 * The back pain an episode treats, as FHIR Condition: low back pain or, from week 13 of the
 * 12-week clock, chronic low back pain (SNOMED CT), with the onset as precisely as it was recalled.
 * The code depends on the day it is read, as the episode's stage does (docs/fhir-mapping.md).
 */
public final class ConditionResource {

    static final String LOW_BACK_PAIN = "279039007";
    static final String CHRONIC_LOW_BACK_PAIN = "278860009";
    static final String BACK_PAIN = "back-pain";
    static final String BACK_PAIN_DISPLAY = "Back pain";
    static final String CHRONIC_BACK_PAIN = "chronic-back-pain";
    static final String CHRONIC_BACK_PAIN_DISPLAY = "Chronic back pain";
    private static final String CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private static final String VERIFICATION_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

    private ConditionResource() {
    }

    /** Derived from the episode's id: the Condition has no record of its own. */
    public static String idOf(EpisodeId episode) {
        return BackboardSystems.recordId("condition", episode.value());
    }

    public static Condition of(Episode episode, LocalDate asOf) {
        EpisodeDetails details = episode.details();
        Condition resource = new Condition();
        resource.setId(idOf(episode.id()));
        // a discharge ends Backboard's care, not necessarily the pain: "inactive", not "resolved"
        resource.setClinicalStatus(concept(CLINICAL_STATUS, episode.isDischarged() ? "inactive" : "active"));
        resource.setVerificationStatus(concept(VERIFICATION_STATUS, "confirmed"));
        resource.addCategory(concept(CATEGORY, "problem-list-item"));
        resource.setCode(code(details.region(), episode.chronicityOn(asOf).stage()));
        resource.addBodySite().setText(details.region().label());
        resource.setSubject(References.patient(episode.patient()));
        resource.setOnset(onset(details.onset()));
        resource.setRecordedDateElement(FhirDates.day(details.startDate()));
        resource.addNote().setText("Working diagnosis: " + details.diagnosis().label()
                + "; pain type: " + details.painType().label());
        return resource;
    }

    /**
     * SNOMED CT's low back pain codes for the lumbar and sacral regions; the neck and the mid back
     * have no code in our clinical reference yet, so they carry Backboard's own.
     */
    static CodeableConcept code(BodyRegion region, ChronicityStage stage) {
        boolean chronic = stage == ChronicityStage.CHRONIC;
        CodeableConcept code = new CodeableConcept();
        if (region == BodyRegion.LUMBAR || region == BodyRegion.SACRAL_COCCYX) {
            code.addCoding().setSystem(BackboardSystems.SNOMED)
                    .setCode(chronic ? CHRONIC_LOW_BACK_PAIN : LOW_BACK_PAIN)
                    .setDisplay(chronic ? "Chronic low back pain" : "Low back pain");
        } else {
            code.addCoding().setSystem(BackboardSystems.CONDITION)
                    .setCode(chronic ? CHRONIC_BACK_PAIN : BACK_PAIN)
                    .setDisplay(chronic ? CHRONIC_BACK_PAIN_DISPLAY : BACK_PAIN_DISPLAY);
        }
        String text = (chronic ? CHRONIC_BACK_PAIN_DISPLAY : BACK_PAIN_DISPLAY) + ", "
                + region.label().toLowerCase(Locale.ENGLISH);
        return code.setText(text);
    }

    /** A month-precise onset ("about March") is a year-month dateTime, not a made-up first day. */
    static DateTimeType onset(SymptomOnset onset) {
        return onset.isApproximate() ? FhirDates.month(onset.date()) : FhirDates.day(onset.date());
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept(new Coding(system, code, null));
    }
}

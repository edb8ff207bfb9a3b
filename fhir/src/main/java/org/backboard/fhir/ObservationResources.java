package org.backboard.fhir;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.patient.PatientId;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.PainScore;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Scores as FHIR Observation: pain (LOINC 72514-3) and stiffness (Backboard's own code) from a
 * check-in, and the Oswestry score from its questionnaire (docs/fhir-mapping.md, "Observation").
 */
public final class ObservationResources {

    static final String PAIN_SEVERITY = "72514-3";
    static final String STIFFNESS = "stiffness";
    static final String STIFFNESS_DISPLAY = "Back stiffness - 0-10 numeric rating";
    static final String OSWESTRY_SCORE = "oswestry-score";
    static final String OSWESTRY_SCORE_DISPLAY = "Oswestry Disability Index score";
    private static final String CATEGORIES = "http://terminology.hl7.org/CodeSystem/observation-category";

    private ObservationResources() {
    }

    /** A check-in's pain and stiffness, each only when it was scored. */
    public static List<Observation> of(CheckIn checkIn, PatientId patient) {
        List<Observation> scores = new ArrayList<>(2);
        checkIn.pain().ifPresent(pain -> scores.add(pain(checkIn, patient, pain)));
        checkIn.stiffness().ifPresent(stiffness -> scores.add(stiffness(checkIn, patient, stiffness)));
        return scores;
    }

    static Observation pain(CheckIn checkIn, PatientId patient, PainScore pain) {
        Observation resource = scored(checkIn, patient, "pain", pain);
        resource.getCode().addCoding().setSystem(BackboardSystems.LOINC).setCode(PAIN_SEVERITY)
                .setDisplay("Pain severity - 0-10 verbal numeric rating [Score] - Reported");
        resource.getCode().setText("Pain (0-10)");
        return resource;
    }

    static Observation stiffness(CheckIn checkIn, PatientId patient, PainScore stiffness) {
        Observation resource = scored(checkIn, patient, STIFFNESS, stiffness);
        resource.getCode().addCoding().setSystem(BackboardSystems.OBSERVATION).setCode(STIFFNESS)
                .setDisplay(STIFFNESS_DISPLAY);
        resource.getCode().setText("Stiffness (0-10)");
        return resource;
    }

    /** The Oswestry score in percent, derived from the questionnaire response it was scored from. */
    public static Observation oswestryScore(OutcomeAdministration taken, OdiAnswers answers) {
        Observation resource = new Observation();
        resource.setId(BackboardSystems.recordId("oswestry-score", taken.id().value()));
        resource.getMeta().setLastUpdated(Date.from(taken.recordedAt()));
        resource.setStatus(Observation.ObservationStatus.FINAL);
        resource.addCategory(survey());
        resource.getCode().addCoding().setSystem(BackboardSystems.OBSERVATION).setCode(OSWESTRY_SCORE)
                .setDisplay(OSWESTRY_SCORE_DISPLAY);
        resource.getCode().setText("Oswestry Disability Index (%)");
        resource.setSubject(References.patient(taken.patient()));
        resource.setEffective(FhirDates.day(taken.takenOn()));
        resource.setValue(new Quantity().setValue(answers.scored().percent()).setUnit("%")
                .setSystem(BackboardSystems.UCUM).setCode("%"));
        resource.addInterpretation().setText(answers.scored().band().label());
        resource.addDerivedFrom(References.to("QuestionnaireResponse", taken.id().value()));
        return resource;
    }

    private static Observation scored(CheckIn checkIn, PatientId patient, String kind, PainScore score) {
        Observation resource = new Observation();
        resource.setId(BackboardSystems.recordId(kind, checkIn.id()));
        // check-ins are never edited: the moment taken is the last change
        resource.getMeta().setLastUpdated(Date.from(checkIn.takenAt()));
        resource.setStatus(Observation.ObservationStatus.FINAL);
        resource.addCategory(survey());
        resource.setSubject(References.patient(patient));
        resource.setEffective(FhirDates.instant(checkIn.takenAt()));
        resource.setValue(new IntegerType(score.value()));
        return resource;
    }

    private static CodeableConcept survey() {
        return new CodeableConcept(new Coding(CATEGORIES, "survey", "Survey"));
    }
}

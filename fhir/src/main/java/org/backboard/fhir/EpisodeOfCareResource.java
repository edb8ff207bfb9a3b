package org.backboard.fhir;

import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Period;

/** An episode of care as FHIR EpisodeOfCare, its Condition as its diagnosis (docs/fhir-mapping.md). */
public final class EpisodeOfCareResource {

    private static final String DIAGNOSIS_ROLES = "http://terminology.hl7.org/CodeSystem/diagnosis-role";

    private EpisodeOfCareResource() {
    }

    public static EpisodeOfCare of(Episode episode) {
        EpisodeOfCare resource = new EpisodeOfCare();
        resource.setId(episode.id().value().toString());
        resource.setStatus(status(episode.status()));
        resource.setPatient(References.patient(episode.patient()));
        Period period = new Period().setStartElement(FhirDates.day(episode.details().startDate()));
        episode.discharge().map(Discharge::date).ifPresent(end -> period.setEndElement(FhirDates.day(end)));
        resource.setPeriod(period);
        // "CC": the chief complaint the episode is for
        resource.addDiagnosis()
                .setCondition(References.condition(episode.id()))
                .setRole(new CodeableConcept(new Coding(DIAGNOSIS_ROLES, "CC", "Chief complaint")))
                .setRank(1);
        return resource;
    }

    /** Backboard has no planned or cancelled episodes: one is opened when care starts. */
    static EpisodeOfCareStatus status(EpisodeStatus status) {
        return switch (status) {
            case ACTIVE -> EpisodeOfCareStatus.ACTIVE;
            case ON_HOLD -> EpisodeOfCareStatus.ONHOLD;
            case DISCHARGED -> EpisodeOfCareStatus.FINISHED;
        };
    }
}

package org.backboard.fhir;

import java.util.UUID;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;
import org.hl7.fhir.r4.model.Reference;

/** Relative references ("Patient/{id}") between the resources of one Backboard installation. */
final class References {

    private References() {
    }

    static Reference patient(PatientId id) {
        return to("Patient", id.value().toString());
    }

    static Reference episodeOfCare(EpisodeId id) {
        return to("EpisodeOfCare", id.value().toString());
    }

    static Reference condition(EpisodeId id) {
        return to("Condition", ConditionResource.idOf(id));
    }

    static Reference to(String type, UUID id) {
        return to(type, id.toString());
    }

    static Reference to(String type, String id) {
        return new Reference(type + "/" + id);
    }
}

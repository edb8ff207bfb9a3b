package org.backboard.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.backboard.core.care.CareRecord;
import org.backboard.core.care.EpisodeOverview;
import org.backboard.core.care.ProgramOverview;
import org.backboard.core.episode.Episode;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.StartBackAnswers;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.symptom.CheckIn;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * A patient's whole record as the resources of the mappers beside this class, and as a searchset
 * Bundle: what {@code Patient/{id}/$everything} answers. Reads nothing itself: the care record it
 * is given was read (access-checked and audited) by core's CareRecordService.
 */
public final class PatientEverything {

    private final String serverBase;

    /** {@code serverBase} is the FHIR endpoint's absolute URL, e.g. "https://clinic.example/fhir". */
    public PatientEverything(String serverBase) {
        Objects.requireNonNull(serverBase, "server base");
        this.serverBase = serverBase.endsWith("/") ? serverBase.substring(0, serverBase.length() - 1) : serverBase;
    }

    /** Every resource of the record: the patient first, then each episode's, in the record's order. */
    public static List<Resource> resources(CareRecord record, LocalDate asOf) {
        List<Resource> resources = new ArrayList<>();
        resources.add(PatientResource.of(record.patient()));
        for (EpisodeOverview overview : record.episodes()) {
            Episode episode = overview.episode();
            resources.add(EpisodeOfCareResource.of(episode));
            resources.add(ConditionResource.of(episode, asOf));
            for (CheckIn checkIn : overview.timeline()) {
                resources.addAll(ObservationResources.of(checkIn, episode.patient()));
            }
            for (OutcomeAdministration taken : overview.outcomes().administrations()) {
                resources.add(QuestionnaireResponseResource.of(taken));
                switch (taken.measurement()) {
                    case OdiAnswers odi -> resources.add(ObservationResources.oswestryScore(taken, odi));
                    case StartBackAnswers startBack -> resources.add(RiskAssessmentResource.of(taken, startBack));
                    default -> { }
                }
            }
            for (RaisedFlag flag : overview.flags()) {
                resources.add(FlagResource.of(flag));
            }
            overview.program().ifPresent(program -> resources.addAll(
                    CarePlanResource.of(program.program(), episode, program.exercises(), asOf)));
        }
        return resources;
    }

    public Bundle bundle(CareRecord record, LocalDate asOf) {
        List<Resource> resources = resources(record, asOf);
        Bundle bundle = new Bundle();
        bundle.setType(Bundle.BundleType.SEARCHSET);
        bundle.setTotal(resources.size());
        for (Resource resource : resources) {
            bundle.addEntry()
                    .setFullUrl(serverBase + "/" + resource.fhirType() + "/" + resource.getIdElement().getIdPart())
                    .setResource(resource)
                    .getSearch().setMode(Bundle.SearchEntryMode.MATCH);
        }
        return bundle;
    }
}

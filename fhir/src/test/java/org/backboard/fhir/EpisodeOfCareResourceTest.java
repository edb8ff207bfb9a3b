package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboard.core.episode.Episode;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.junit.jupiter.api.Test;

class EpisodeOfCareResourceTest {

    @Test
    void anOpenEpisodeIsActiveFromItsStartForItsPatientAndItsCondition() {
        Episode episode = SampleRecord.chronicEpisode(SampleRecord.patient());

        EpisodeOfCare resource = EpisodeOfCareResource.of(episode);

        assertThat(resource.getIdElement().getIdPart()).isEqualTo(episode.id().value().toString());
        assertThat(resource.getStatus()).isEqualTo(EpisodeOfCareStatus.ACTIVE);
        assertThat(resource.getPatient().getReference()).isEqualTo("Patient/" + episode.patient().value());
        assertThat(resource.getPeriod().getStartElement().getValueAsString())
                .isEqualTo(episode.details().startDate().toString());
        assertThat(resource.getPeriod().hasEnd()).isFalse();
        assertThat(resource.getDiagnosisFirstRep().getCondition().getReference())
                .isEqualTo("Condition/" + ConditionResource.idOf(episode.id()));
    }

    @Test
    void aDischargedEpisodeIsFinishedOnItsDischargeDate() {
        EpisodeOfCare resource = EpisodeOfCareResource.of(SampleRecord.dischargedEpisode(SampleRecord.patient()));

        assertThat(resource.getStatus()).isEqualTo(EpisodeOfCareStatus.FINISHED);
        assertThat(resource.getPeriod().getEndElement().getValueAsString()).isEqualTo("2025-06-01");
    }

    @Test
    void onHoldIsOnhold() {
        Episode held = SampleRecord.chronicEpisode(SampleRecord.patient()).putOnHold();

        assertThat(EpisodeOfCareResource.of(held).getStatus()).isEqualTo(EpisodeOfCareStatus.ONHOLD);
    }
}

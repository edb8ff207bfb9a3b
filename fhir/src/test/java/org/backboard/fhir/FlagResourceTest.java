package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.backboard.core.episode.Episode;
import org.backboard.core.redflag.RaisedFlag;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Flag;
import org.junit.jupiter.api.Test;

class FlagResourceTest {

    private final Episode episode = SampleRecord.chronicEpisode(SampleRecord.patient());

    @Test
    void anOpenFlagIsActiveWithItsSignAndTier() {
        RaisedFlag raised = SampleRecord.openFlag(episode);

        Flag resource = FlagResource.of(raised);

        assertThat(resource.getIdElement().getIdPart()).isEqualTo(raised.id().toString());
        assertThat(resource.getStatus()).isEqualTo(Flag.FlagStatus.ACTIVE);
        assertThat(resource.getCode().getCodingFirstRep().getSystem()).isEqualTo("urn:backboard:codesystem:red-flag");
        assertThat(resource.getCode().getCodingFirstRep().getCode()).isEqualTo("saddle-numbness");
        assertThat(resource.getCategory()).extracting(c -> c.getCodingFirstRep().getCode())
                .containsExactly("clinical", "emergency");
        assertThat(resource.getCategory().get(1).getCodingFirstRep().getSystem())
                .isEqualTo("urn:backboard:codesystem:red-flag-tier");
        assertThat(resource.getPeriod().hasEnd()).isFalse();
        assertThat(resource.getExtension()).isEmpty();
        assertThat(resource.getSubject().getReference()).isEqualTo("Patient/" + episode.patient().value());
    }

    @Test
    void anAcknowledgedFlagIsInactiveEndsWhenAcknowledgedAndSaysHowWithoutTheNote() {
        RaisedFlag raised = SampleRecord.acknowledgedFlag(episode);

        Flag resource = FlagResource.of(raised);

        assertThat(resource.getStatus()).isEqualTo(Flag.FlagStatus.INACTIVE);
        assertThat(resource.getPeriod().getEnd()).isEqualTo(Date.from(SampleRecord.NOW));
        assertThat(resource.getMeta().getLastUpdated()).isEqualTo(Date.from(SampleRecord.NOW));
        var acknowledgement = resource.getExtensionByUrl("urn:backboard:extension:flag-acknowledgement");
        Coding action = (Coding) acknowledgement.getExtensionByUrl("action").getValue();
        assertThat(action.getCode()).isEqualTo("referred-to-physician");
        assertThat(acknowledgement.getExtension()).extracting(e -> e.getUrl()).containsExactly("action", "at");
        assertThat(ca.uhn.fhir.context.FhirContext.forR4Cached().newJsonParser().encodeResourceToString(resource))
                .doesNotContain("GP appointment booked");
    }
}

package org.backboard.core.bulkexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.junit.jupiter.api.Test;

class ExportRequestTest {

    private static final ExportScope CLINIC = ExportScope.wholeClinic();

    @Test
    void withoutTypeEveryTypeIsExported() {
        ExportRequest request = saved(ExportRequest.of(CLINIC, Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(request.types()).isEqualTo(EnumSet.allOf(ExportType.class));
        assertThat(request.since()).isEmpty();
    }

    @Test
    void typeNamesTheFhirTypesCommaSeparated() {
        ExportRequest request = saved(ExportRequest.of(CLINIC, Optional.of("Patient,Observation"), Optional.empty(),
                Optional.of("application/fhir+ndjson")));

        assertThat(request.types()).containsExactlyInAnyOrder(ExportType.PATIENT, ExportType.OBSERVATION);
    }

    @Test
    void anUnknownTypeIsRefusedNamingIt() {
        Result<ExportRequest> result = ExportRequest.of(CLINIC, Optional.of("Patient,Encounter"), Optional.empty(),
                Optional.empty());

        assertThat(problem(result).field()).isEqualTo("_type");
        assertThat(problem(result).message()).contains("'Encounter'").contains("Patient, EpisodeOfCare");
    }

    @Test
    void anEmptyTypeListIsRefused() {
        assertThat(problem(ExportRequest.of(CLINIC, Optional.of(""), Optional.empty(), Optional.empty())).field())
                .isEqualTo("_type");
    }

    @Test
    void sinceIsAnInstantWithItsZone() {
        ExportRequest request = saved(ExportRequest.of(CLINIC, Optional.empty(),
                Optional.of("2026-12-01T10:00:00+01:00"), Optional.empty()));

        assertThat(request.since()).contains(Instant.parse("2026-12-01T09:00:00Z"));
    }

    @Test
    void sinceWithoutAZoneOrNotATimeIsRefused() {
        assertThat(problem(ExportRequest.of(CLINIC, Optional.empty(), Optional.of("2026-12-01T10:00:00"),
                Optional.empty())).field()).isEqualTo("_since");
        assertThat(problem(ExportRequest.of(CLINIC, Optional.empty(), Optional.of("yesterday"),
                Optional.empty())).field()).isEqualTo("_since");
        assertThat(problem(ExportRequest.of(CLINIC, Optional.empty(), Optional.of("+999999999-12-31T00:00:00Z"),
                Optional.empty())).field()).isEqualTo("_since");
    }

    @Test
    void onlyNdjsonIsWritten() {
        assertThat(problem(ExportRequest.of(CLINIC, Optional.empty(), Optional.empty(),
                Optional.of("text/csv"))).field()).isEqualTo("_outputFormat");
        saved(ExportRequest.of(CLINIC, Optional.empty(), Optional.empty(), Optional.of("ndjson")));
    }

    @Test
    void sinceKeepsResourcesChangedAfterItAndThoseWithoutAChangeTime() {
        ExportRequest request = new ExportRequest(CLINIC, EnumSet.allOf(ExportType.class),
                Optional.of(Instant.parse("2026-12-01T00:00:00Z")));

        assertThat(request.includes(Optional.of(Instant.parse("2026-12-01T00:00:01Z")))).isTrue();
        assertThat(request.includes(Optional.of(Instant.parse("2026-12-01T00:00:00Z")))).isFalse();
        assertThat(request.includes(Optional.empty())).isTrue();
    }

    @Test
    void aFinishedJobAndOnlyOneHasItsExpiryAndAFailedOneItsReason() {
        ExportJob queued = ExportJob.queued(ApiClientId.newId(), ExportRequest.everything(
                ExportScope.caseload(ClinicianId.newId())), "https://clinic.example/fhir/$export", Instant.EPOCH);

        assertThat(queued.state()).isEqualTo(ExportState.QUEUED);
        assertThatThrownBy(() -> new ExportJob(queued.id(), queued.owner(), queued.request(), queued.requestUrl(),
                ExportState.COMPLETED, Instant.EPOCH, 3, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExportJob(queued.id(), queued.owner(), queued.request(), queued.requestUrl(),
                ExportState.FAILED, Instant.EPOCH, 3, Optional.empty(), Optional.of(Instant.EPOCH),
                Optional.of(Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ExportRequest saved(Result<ExportRequest> result) {
        assertThat(result).isInstanceOf(Result.Saved.class);
        return ((Result.Saved<ExportRequest>) result).value();
    }

    private static FieldProblem problem(Result<ExportRequest> result) {
        assertThat(result).isInstanceOf(Result.Rejected.class);
        return ((Result.Rejected<ExportRequest>) result).problems().getFirst();
    }
}

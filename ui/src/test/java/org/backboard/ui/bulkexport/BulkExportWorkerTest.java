package org.backboard.ui.bulkexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.apiclient.ApiClientDraft;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.apiclient.RegisteredApiClient;
import org.backboard.core.bulkexport.BulkExportService;
import org.backboard.core.bulkexport.ExportJob;
import org.backboard.core.bulkexport.ExportScope;
import org.backboard.core.bulkexport.ExportState;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.shared.Result;
import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The node's worker, as its thread calls it: it takes a waiting job and works it to its end. */
@BackboardSpringTest
class BulkExportWorkerTest {

    @Autowired
    BulkExportWorker worker;
    @Autowired
    BulkExportService exports;
    @Autowired
    ApiClientService apiClients;
    @Autowired
    Clinicians clinicians;

    @Test
    void aRunOfTheWorkerFinishesAWaitingJob() {
        Clinician lead = clinicians.findByUsername(new Username("lead")).orElseThrow();
        Clinician therapist = clinicians.findByUsername(new Username("therapist3")).orElseThrow();
        RegisteredApiClient registered = ((Result.Saved<RegisteredApiClient>) apiClients.register(
                new Actor(lead.id(), lead.role()), new ApiClientDraft("Worker test", Optional.of(therapist.id()),
                        LocalDate.now().plusDays(1)))).value();
        ApiClientActor client = new ApiClientActor(registered.client().id());
        ExportJob job = ((Result.Saved<ExportJob>) exports.kickOff(client, ExportScope.caseload(therapist.id()),
                Optional.of("Patient"), Optional.empty(), Optional.empty(), "test")).value();

        // other tests may have left jobs waiting before this one: each run works one job to its end
        for (int run = 0; run < 10 && !exports.status(client, job.id()).orElseThrow().job().state().finished(); run++) {
            worker.run();
        }

        assertThat(exports.status(client, job.id()).orElseThrow().job().state()).isEqualTo(ExportState.COMPLETED);
        assertThat(worker.isRunning()).isTrue();
    }
}

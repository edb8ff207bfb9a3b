package org.backboard.ui.bulkexport;

import java.time.Clock;
import java.time.Duration;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.bulkexport.BulkExportService;
import org.backboard.core.bulkexport.ExportAudit;
import org.backboard.core.bulkexport.ExportBatch;
import org.backboard.core.bulkexport.ExportJobs;
import org.backboard.core.bulkexport.ExportRunner;
import org.backboard.core.care.CareAccess;
import org.backboard.core.care.CareRecordBatches;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Episodes;
import org.backboard.core.exercise.Exercises;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.patient.Patients;
import org.backboard.core.program.Programs;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.symptom.CheckIns;
import org.backboard.fhir.NdjsonExportEncoder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * FHIR Bulk Data export: the use cases, the batch (a transactional bean of its own), and the worker
 * that runs jobs on this node. Settings: {@code BACKBOARD_EXPORT_RETENTION} (how long finished
 * exports are kept), {@code BACKBOARD_EXPORT_POLL} (how often a node looks for a job) and
 * {@code BACKBOARD_EXPORT_BATCH} (patients per batch).
 */
@Configuration(proxyBeanMethods = false)
class BulkExportConfiguration {

    @Bean
    ExportAudit exportAudit(AuditTrail audit) {
        return new ExportAudit(audit);
    }

    @Bean
    BulkExportService bulkExportService(ExportJobs jobs, CareAccess care, Clinicians clinicians, ExportAudit audit,
                                        Clock clock) {
        return new BulkExportService(jobs, care, clinicians, audit, clock);
    }

    @Bean
    CareRecordBatches careRecordBatches(Patients patients, Episodes episodes, CheckIns checkIns, RaisedFlags flags,
                                        OutcomeMeasures outcomes, Programs programs, Exercises exercises, Clock clock) {
        return new CareRecordBatches(patients, episodes, checkIns, flags, outcomes, programs, exercises, clock);
    }

    @Bean
    ExportBatch exportBatch(CareAccess care, CareRecordBatches records, ExportJobs jobs, ExportAudit audit,
                            @Value("${backboard.export.batch:500}") int patientsPerBatch, Clock clock) {
        return new ExportBatch(care, records, NdjsonExportEncoder.forR4(), jobs, audit, patientsPerBatch, clock);
    }

    @Bean
    ExportRunner exportRunner(ExportJobs jobs, ExportBatch batch,
                              @Value("${backboard.export.retention:24h}") Duration retention, Clock clock) {
        return new ExportRunner(jobs, batch, retention, clock);
    }

    @Bean
    BulkExportWorker bulkExportWorker(ExportRunner runner, @Value("${backboard.export.poll:10s}") Duration poll) {
        return new BulkExportWorker(runner, poll);
    }
}

-- Issue 18: FHIR Bulk Data export. A job an API client kicked off, and the files it has written so
-- far, live here so that every node can poll, serve and resume it (see core.bulkexport). A runner
-- holds a job by a lease (claim, claimed_until) like the mail outbox; each batch writes its parts and
-- moves after_patient in one transaction, so a job stopped mid-way resumes after its last batch.
create table bulk_export_job (
    id                uuid         primary key,
    client_id         uuid         not null,
    scope_therapist   uuid         references clinician (id),
    types             text[]       not null,
    since             timestamptz,
    request_url       varchar(2000) not null,
    state             varchar(10)  not null default 'QUEUED',
    transaction_time  timestamptz  not null,
    after_patient     uuid,
    patients_exported integer      not null default 0,
    batches           integer      not null default 0,
    failures          integer      not null default 0,
    failure           varchar(300),
    claim             uuid,
    claimed_until     timestamptz,
    finished_at       timestamptz,
    expires_at        timestamptz,
    constraint bulk_export_job_state_known check (state in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    constraint bulk_export_job_types_present check (cardinality(types) >= 1),
    constraint bulk_export_job_counts check (patients_exported >= 0 and batches >= 0 and failures >= 0),
    constraint bulk_export_job_lease_whole check ((claim is null) = (claimed_until is null)),
    constraint bulk_export_job_finished_whole check ((state in ('COMPLETED', 'FAILED'))
                                                     = (finished_at is not null and expires_at is not null)),
    constraint bulk_export_job_failed_has_reason check ((state = 'FAILED') = (failure is not null)),
    constraint bulk_export_job_leased_only_unfinished check (claim is null or state in ('QUEUED', 'RUNNING'))
);

-- the runners' claim: unfinished jobs, oldest first
create index bulk_export_job_unfinished_idx on bulk_export_job (transaction_time) where state in ('QUEUED', 'RUNNING');
-- the clean-up: finished jobs by expiry
create index bulk_export_job_expiry_idx on bulk_export_job (expires_at) where expires_at is not null;
-- a client's unfinished jobs (a limit per client)
create index bulk_export_job_client_idx on bulk_export_job (client_id) where state in ('QUEUED', 'RUNNING');

-- One batch's resources of one type, gzip'ed NDJSON; a type's file is its parts in batch order.
create table bulk_export_part (
    job_id        uuid        not null references bulk_export_job (id) on delete cascade,
    resource_type varchar(40) not null,
    batch         integer     not null,
    resources     integer     not null,
    data          bytea       not null,
    primary key (job_id, resource_type, batch),
    constraint bulk_export_part_counts check (batch >= 1 and resources >= 1)
);
-- the parts are already compressed: keep PostgreSQL from trying again
alter table bulk_export_part alter column data set storage external;

-- a bulk export reads a batch's flags, open and acknowledged, by patient (the open ones had an index already)
create index red_flag_by_patient_idx on red_flag (patient_id);

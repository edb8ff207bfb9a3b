-- API clients: systems a clinic lead lets read the FHIR API. Never deleted: the audit trail names them.
create table api_client (
    id                  uuid         primary key,
    name                varchar(80)  not null,
    -- the caseload the client may read; null: the whole clinic
    scope_therapist_id  uuid         references clinician (id),
    -- a one-way hash of the secret (BCrypt); the secret itself is shown once and never stored
    secret_hash         varchar(100) not null,
    registered_by       uuid         not null references clinician (id),
    registered_at       timestamptz  not null,
    expires_at          timestamptz  not null,
    revoked_at          timestamptz,
    version             bigint       not null default 0,
    constraint api_client_name_present check (length(btrim(name)) between 1 and 80),
    constraint api_client_expires_after_registration check (expires_at > registered_at),
    constraint api_client_revoked_after_registration check (revoked_at is null or revoked_at >= registered_at)
);

-- the lead's list: newest first
create index api_client_by_registration_idx on api_client (registered_at desc);

-- The audit trail names an API client that read through the API. Exactly one actor per event
-- (a clinician, a patient in their own app, or an API client), or none and the name tried at sign-in.
alter table audit_event add column api_client_actor_id uuid references api_client (id);
alter table audit_event drop constraint audit_event_names_someone;
alter table audit_event add constraint audit_event_names_someone
    check (num_nonnulls(actor_id, patient_actor_id, api_client_actor_id) = 1
        or (num_nonnulls(actor_id, patient_actor_id, api_client_actor_id) = 0 and attempted_username is not null));

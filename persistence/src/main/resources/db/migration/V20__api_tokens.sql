-- Bearer tokens handed to API clients (OAuth 2 client credentials). Opaque and short-lived; kept
-- here rather than signed, so every node checks them alike with no key to share. Only the
-- SHA-256 of a token is stored: a copy of this table grants nothing.
create table api_token (
    token_hash  char(64)    primary key,
    client_id   uuid        not null references api_client (id),
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    constraint api_token_hash_hex check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint api_token_expires_after_issue check (expires_at > issued_at)
);

-- forgetting expired tokens as new ones are issued
create index api_token_by_expiry_idx on api_token (expires_at);

-- The API's Patient?_lastUpdated search, clinic-wide and within a caseload: patients in the order
-- their record changed
create index patient_changed_idx on patient (updated_at, id);
create index patient_caseload_changed_idx on patient (therapist_id, updated_at, id);

-- The clinic roster. Constraints mirror the domain rules in org.backboard.core.patient.
create extension if not exists pg_trgm;

create table patient (
    id            uuid         primary key,
    mrn           varchar(20)  not null,
    given_name    varchar(100) not null,
    family_name   varchar(100) not null,
    date_of_birth date         not null,
    sex           varchar(8)   not null,
    phone         varchar(25),
    email         varchar(254),
    therapist_id  uuid         not null references clinician (id),
    status        varchar(10)  not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    -- what the roster search matches against (name or MRN, case-insensitive)
    search_text   text generated always as (lower(given_name || ' ' || family_name || ' ' || mrn)) stored,
    constraint patient_mrn_uk unique (mrn),
    constraint patient_mrn_format check (mrn ~ '^[A-Z0-9-]{3,20}$'),
    constraint patient_names_not_blank check (btrim(given_name) <> '' and btrim(family_name) <> ''),
    constraint patient_sex_known check (sex in ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')),
    constraint patient_status_known check (status in ('ACTIVE', 'ARCHIVED')),
    constraint patient_birth_after_1850 check (date_of_birth > date '1850-01-01'),
    constraint patient_email_shape check (email is null or email like '%_@_%._%')
);

-- partial, case-insensitive search by name or MRN
create index patient_search_trgm_idx on patient using gin (search_text gin_trgm_ops);
-- the clinic roster sorted by name, and a therapist's caseload sorted by name
create index patient_roster_by_name_idx on patient (family_name, given_name, id);
create index patient_caseload_by_name_idx on patient (therapist_id, family_name, given_name, id);

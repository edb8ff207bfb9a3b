-- Issue 17: patients take part through their own app.

-- A patient's own sign-in, made when they accept an invitation. It is never deleted: revoking or
-- the end of care closes it, and the audit trail keeps pointing at the patient.
create table patient_account (
    patient_id    uuid         primary key references patient (id),
    sign_in_name  varchar(100) not null,
    password_hash varchar(100) not null,
    state         varchar(10)  not null,
    created_at    timestamptz  not null,
    closed_at     timestamptz,
    last_seen_at  timestamptz,
    version       bigint       not null default 0,
    constraint patient_account_state_known check (state in ('ACTIVE', 'REVOKED', 'ENDED')),
    constraint patient_account_closed_dated check ((state = 'ACTIVE') = (closed_at is null)),
    constraint patient_account_name_lower check (sign_in_name = lower(sign_in_name)
                                                  and length(sign_in_name) between 3 and 100)
);
create unique index patient_account_name_uk on patient_account (sign_in_name);

-- One-time invitations: only hashes of the link's token and of the short code are kept.
create table patient_invitation (
    id                uuid        primary key,
    patient_id        uuid        not null references patient (id),
    token_hash        char(64)    not null,
    code_hash         char(64)    not null,
    invited_by        uuid        not null references clinician (id),
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    used_at           timestamptz,
    revoked_at        timestamptz,
    wrong_birth_dates smallint    not null default 0,
    constraint patient_invitation_expires_later check (expires_at > created_at),
    constraint patient_invitation_closed_once check (used_at is null or revoked_at is null),
    constraint patient_invitation_wrong_dates_counted check (wrong_birth_dates between 0 and 100)
);
create unique index patient_invitation_token_uk on patient_invitation (token_hash);
create unique index patient_invitation_code_uk on patient_invitation (code_hash);
-- a new invitation replaces the open one (the service closes it first; the index settles races)
create unique index patient_invitation_one_open_uk on patient_invitation (patient_id)
    where used_at is null and revoked_at is null;

-- The end of care ends app access: discharging the last open episode or archiving the patient
-- closes the account and any open invitation, in the same transaction, whichever path did it.
create function patient_app_access_ends(patients uuid[]) returns void
language sql as $$
    with ended as (
        select p.id from patient p
         where p.id = any (patients)
           and (p.status = 'ARCHIVED'
                or not exists (select 1 from episode e where e.patient_id = p.id and e.status <> 'DISCHARGED')))
    , accounts as (
        update patient_account a set state = 'ENDED', closed_at = now(), version = a.version + 1
         where a.state = 'ACTIVE' and a.patient_id in (select id from ended))
    update patient_invitation i set revoked_at = now()
     where i.used_at is null and i.revoked_at is null and i.patient_id in (select id from ended)
$$;
create function patient_app_access_after_episode_change() returns trigger
language plpgsql as $$
begin
    perform patient_app_access_ends(array(select distinct patient_id from changed));
    return null;
end
$$;
create function patient_app_access_after_patient_change() returns trigger
language plpgsql as $$
begin
    perform patient_app_access_ends(array(select id from changed where status = 'ARCHIVED'));
    return null;
end
$$;
create trigger episode_updated_ends_app_access after update on episode
    referencing new table as changed for each statement execute function patient_app_access_after_episode_change();
create trigger patient_updated_ends_app_access after update on patient
    referencing new table as changed for each statement execute function patient_app_access_after_patient_change();

-- What patients record themselves names no clinician: the source says who reported it.
alter table check_in alter column recorded_by drop not null;
alter table check_in add constraint check_in_recorder_named
    check (recorded_by is not null or source = 'PATIENT_REPORTED');
alter table red_flag alter column raised_by drop not null;
alter table red_flag add constraint red_flag_raiser_named check (raised_by is not null or check_in_id is not null);
alter table outcome_measure alter column recorded_by drop not null;
-- the Oswestry stays clinician-scored
alter table outcome_measure add constraint outcome_measure_recorder_named
    check (recorded_by is not null or instrument <> 'ODI');

-- The audit trail names a patient who acted in their own app.
alter table audit_event add column patient_actor_id uuid references patient (id);
alter table audit_event drop constraint audit_event_names_someone;
alter table audit_event add constraint audit_event_names_someone
    check (actor_id is not null or patient_actor_id is not null or attempted_username is not null);

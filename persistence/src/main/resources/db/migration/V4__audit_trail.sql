-- The audit trail: who read or changed what, and when. Field names only, never values.
create table audit_event (
    id                 bigint generated always as identity primary key,
    occurred_at        timestamptz  not null,
    actor_id           uuid         references clinician (id),
    attempted_username varchar(100),
    action             varchar(40)  not null,
    patient_id         uuid         references patient (id),
    entity             varchar(40)  not null,
    entity_id          varchar(64)  not null,
    changed_fields     text         not null default '',
    constraint audit_event_names_someone check (actor_id is not null or attempted_username is not null)
);

-- the audit view: newest first, by user, by patient
create index audit_event_by_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_by_actor_idx on audit_event (actor_id, occurred_at desc);
create index audit_event_by_patient_idx on audit_event (patient_id, occurred_at desc);

-- Append-only, enforced by the database twice over: the application's role (which owns the
-- table, having run this migration) gives up the right to change or remove rows, and a trigger
-- refuses it for everyone else, superusers included.
create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();

revoke update, delete, truncate on audit_event from current_user;

-- The roster's clinical columns for each patient, kept current by the database itself: the
-- symptom onset of the most advanced open episode (the earliest onset among episodes not
-- discharged) and the most urgent open red flag (0 emergency, 1 urgent, 2 review).
-- Deriving them per roster query cost a scan of every open episode (about 200 ms at 100,000
-- patients); kept here, the stage filter is an index range. The stage bounds themselves still
-- come from core's chronicity rule at query time: this table holds dates, never stages.
create table patient_care_summary (
    patient_id uuid     primary key references patient (id),
    open_onset date,
    worst_flag smallint,
    constraint patient_care_summary_flag_known check (worst_flag between 0 and 2)
);

-- V6's open-episodes-by-onset index served the stage filter this table replaces; the refresh
-- below reads episodes by patient (episode_by_patient_idx), so it only slowed every insert
drop index episode_open_by_onset_idx;

-- stage filters and the days-until-chronic sort
create index patient_care_summary_onset_idx on patient_care_summary (open_onset, patient_id)
    where open_onset is not null;
-- "has an open red flag"
create index patient_care_summary_flag_idx on patient_care_summary (worst_flag, patient_id)
    where worst_flag is not null;

create function refresh_patient_care_summary(patients uuid[]) returns void
language sql as $$
    insert into patient_care_summary (patient_id, open_onset, worst_flag)
    select p.id,
           (select min(e.onset_date) from episode e where e.patient_id = p.id and e.status <> 'DISCHARGED'),
           (select min(case f.tier when 'EMERGENCY' then 0 when 'URGENT' then 1 else 2 end)
              from red_flag f where f.patient_id = p.id and f.acknowledged_at is null)
      from (select distinct unnest(patients) as id) p
    on conflict (patient_id) do update
        set open_onset = excluded.open_onset, worst_flag = excluded.worst_flag
$$;

-- One refresh per statement, for the patients the statement touched (a batch insert of a
-- thousand episodes refreshes once). Episodes and flags never move to another patient.
create function patient_care_summary_after_change() returns trigger
language plpgsql as $$
begin
    perform refresh_patient_care_summary(array(select distinct patient_id from changed));
    return null;
end
$$;

create trigger episode_inserted_refreshes_summary after insert on episode
    referencing new table as changed for each statement execute function patient_care_summary_after_change();
create trigger episode_updated_refreshes_summary after update on episode
    referencing new table as changed for each statement execute function patient_care_summary_after_change();
create trigger episode_deleted_refreshes_summary after delete on episode
    referencing old table as changed for each statement execute function patient_care_summary_after_change();
create trigger red_flag_inserted_refreshes_summary after insert on red_flag
    referencing new table as changed for each statement execute function patient_care_summary_after_change();
create trigger red_flag_updated_refreshes_summary after update on red_flag
    referencing new table as changed for each statement execute function patient_care_summary_after_change();
create trigger red_flag_deleted_refreshes_summary after delete on red_flag
    referencing old table as changed for each statement execute function patient_care_summary_after_change();

-- databases that already hold episodes or flags
select refresh_patient_care_summary(array(select patient_id from episode union select patient_id from red_flag));

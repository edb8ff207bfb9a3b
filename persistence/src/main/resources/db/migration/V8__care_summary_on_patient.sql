-- V7 kept each patient's earliest open onset and most urgent open flag in a table of its own.
-- Joined to the roster, it still cost a probe per candidate patient: a stage filter or count
-- took 60-200 ms at 100,000 patients. Kept on the patient row, the roster filters, counts and
-- sorts from one table's indexes. The values are derived: triggers keep them (as in V7), the
-- application never writes them, and the patient's version and updated_at stay untouched.
alter table patient
    add column open_onset date,
    add column worst_flag smallint,
    add constraint patient_worst_flag_known check (worst_flag between 0 and 2);

drop trigger episode_inserted_refreshes_summary on episode;
drop trigger episode_updated_refreshes_summary on episode;
drop trigger episode_deleted_refreshes_summary on episode;
drop trigger red_flag_inserted_refreshes_summary on red_flag;
drop trigger red_flag_updated_refreshes_summary on red_flag;
drop trigger red_flag_deleted_refreshes_summary on red_flag;
drop function patient_care_summary_after_change();
drop function refresh_patient_care_summary(uuid[]);
drop table patient_care_summary;

-- 0 emergency, 1 urgent, 2 review: the same order as org.backboard.core.redflag.Tier
create function refresh_patient_care(patients uuid[]) returns void
language sql as $$
    update patient p
       set open_onset = fresh.open_onset, worst_flag = fresh.worst_flag
      from (select t.id,
                   (select min(e.onset_date) from episode e
                     where e.patient_id = t.id and e.status <> 'DISCHARGED') as open_onset,
                   (select min(case f.tier when 'EMERGENCY' then 0 when 'URGENT' then 1 else 2 end)
                      from red_flag f where f.patient_id = t.id and f.acknowledged_at is null) as worst_flag
              from (select distinct unnest(patients) as id) t) fresh
     where p.id = fresh.id
       and (p.open_onset, p.worst_flag) is distinct from (fresh.open_onset, fresh.worst_flag)
$$;

-- One refresh per statement, for the patients it touched (a batch of a thousand episodes
-- refreshes once). Episodes and flags never move to another patient.
create function patient_care_after_change() returns trigger
language plpgsql as $$
begin
    perform refresh_patient_care(array(select distinct patient_id from changed));
    return null;
end
$$;

create trigger episode_inserted_refreshes_patient after insert on episode
    referencing new table as changed for each statement execute function patient_care_after_change();
create trigger episode_updated_refreshes_patient after update on episode
    referencing new table as changed for each statement execute function patient_care_after_change();
create trigger episode_deleted_refreshes_patient after delete on episode
    referencing old table as changed for each statement execute function patient_care_after_change();
create trigger red_flag_inserted_refreshes_patient after insert on red_flag
    referencing new table as changed for each statement execute function patient_care_after_change();
create trigger red_flag_updated_refreshes_patient after update on red_flag
    referencing new table as changed for each statement execute function patient_care_after_change();
create trigger red_flag_deleted_refreshes_patient after delete on red_flag
    referencing old table as changed for each statement execute function patient_care_after_change();

-- Stage filters and counts (an onset range) and the days-until-chronic sort (onset, then name).
-- Status and therapist ride along so counts need not visit the table.
create index patient_by_open_onset_idx on patient (open_onset, family_name, given_name, id)
    include (status, therapist_id) where open_onset is not null;
-- "has an open red flag", by tier
create index patient_by_worst_flag_idx on patient (worst_flag, family_name, given_name, id)
    include (status, therapist_id) where worst_flag is not null;

select refresh_patient_care(array(select patient_id from episode union select patient_id from red_flag));

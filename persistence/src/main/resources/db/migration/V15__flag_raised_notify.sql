-- Every red flag raised is announced to the application nodes, which push it to the clinicians'
-- open screens (README, Architecture). NOTIFY is transactional: PostgreSQL delivers it only when
-- the raising transaction commits, and then to every listening session, so every node hears it
-- and nobody hears of a raise that was rolled back. A trigger, not the store: a flag inserted by
-- any path (a clinician's check-in today, a patient's tomorrow, a bulk load) is announced.
--
-- The payload is "<patient id> <episode id> <tier>": ids and a tier, never a name or clinical
-- text. One notification per patient, episode and tier of a statement; PostgreSQL also folds
-- identical notifications of one transaction into one, so two signs of one tier raised by one
-- check-in make one alert. Flags inserted already acknowledged (history) are not news.
create function red_flag_announce_raised() returns trigger
language plpgsql as $$
begin
    perform pg_notify('backboard_flag_raised', raised.patient_id || ' ' || raised.episode_id || ' ' || raised.tier)
       from (select distinct patient_id, episode_id, tier from changed where acknowledged_at is null) raised;
    return null;
end
$$;

create trigger red_flag_inserted_announces_raised after insert on red_flag
    referencing new table as changed for each statement execute function red_flag_announce_raised();

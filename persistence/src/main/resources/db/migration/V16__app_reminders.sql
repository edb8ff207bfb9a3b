-- Issue 17: a patient's daily reminder, opted into in their app at a time of their choosing (the
-- clinic's time zone). Each reminder mail carries a fresh one-time link that stops them; only its
-- hash is kept. Stopping deletes the row.
create table app_reminder (
    patient_id   uuid     primary key references patient (id),
    remind_at    time     not null,
    last_sent_on date,
    stop_hash    char(64)
);
create unique index app_reminder_stop_uk on app_reminder (stop_hash);

-- Issue 6: questionnaires, worklist acknowledgements, and the per-episode pain marks that the
-- worklist and the clinic outcomes read instead of walking every timeline.

-- One questionnaire taken on an episode. The answers are kept as given (the score is derived
-- from them by the application and kept beside them for the clinic figures).
create table outcome_measure (
    id                uuid         primary key,
    episode_id        uuid         not null references episode (id),
    patient_id        uuid         not null references patient (id),
    instrument        varchar(12)  not null,
    taken_on          date         not null,
    -- ODI: ten sections in form order, null where unanswered
    odi_answers       smallint[],
    -- STarT Back: items 1-8 agreed with, and item 9
    start_back_agreed text[],
    bothersomeness    varchar(12),
    -- PSFS: 3-5 activities and their 0-10 scores, in the same order
    psfs_activities   text[],
    psfs_scores       smallint[],
    score             numeric(5, 1) not null,
    recorded_by       uuid         not null references clinician (id),
    recorded_at       timestamptz  not null,
    constraint outcome_measure_instrument_known check (instrument in ('ODI', 'START_BACK', 'PSFS')),
    constraint outcome_measure_odi_shape check (instrument <> 'ODI' or (
        cardinality(odi_answers) = 10 and cardinality(array_remove(odi_answers, null)) >= 8
        and 0 <= all (array_remove(odi_answers, null)) and 5 >= all (array_remove(odi_answers, null))
        and score between 0 and 100)),
    constraint outcome_measure_start_back_shape check (instrument <> 'START_BACK' or (
        start_back_agreed is not null and cardinality(start_back_agreed) <= 8
        and bothersomeness in ('NOT_AT_ALL', 'SLIGHTLY', 'MODERATELY', 'VERY_MUCH', 'EXTREMELY')
        and score between 0 and 9)),
    constraint outcome_measure_psfs_shape check (instrument <> 'PSFS' or (
        cardinality(psfs_activities) between 3 and 5
        and cardinality(psfs_scores) = cardinality(psfs_activities)
        and 0 <= all (psfs_scores) and 10 >= all (psfs_scores)
        and score between 0 and 10))
);
create index outcome_measure_by_episode_idx on outcome_measure (episode_id, taken_on);

create function refuse_outcome_change() returns trigger
language plpgsql as $$
begin
    raise exception 'questionnaires are never changed: record a new one instead';
end
$$;
create trigger outcome_measure_is_history before update or delete or truncate on outcome_measure
    for each statement execute function refuse_outcome_change();

-- Who took note of a worklist item, and when. The key is the item's occurrence: a new high
-- score, an escalation or a new due date is a new item. Red flags have their own acknowledgement.
create table worklist_acknowledgement (
    episode_id      uuid         not null references episode (id),
    kind            varchar(20)  not null,
    severity        varchar(10)  not null,
    since           date         not null,
    patient_id      uuid         not null references patient (id),
    acknowledged_by uuid         not null references clinician (id),
    acknowledged_at timestamptz  not null,
    note            varchar(500) not null default '',
    primary key (episode_id, kind, severity, since),
    constraint worklist_acknowledgement_kind_known check (kind in ('HIGH_PAIN', 'PAIN_WORSENING',
        'NOT_IMPROVING', 'CHRONICITY_WATCH', 'LOW_ADHERENCE', 'INACTIVE', 'REASSESSMENT_DUE')),
    constraint worklist_acknowledgement_severity_known check (severity in ('HIGH', 'MEDIUM', 'LOW'))
);

-- The sessions a week each version asks for (the most any of its exercises asks), so adherence
-- across the clinic adds up versions without reading every prescription.
alter table program_version add column sessions_per_week smallint;
alter table program_version disable trigger program_version_is_history;
update program_version v
   set sessions_per_week = (select max(p.sessions_per_week) from prescription p
                             where p.program_id = v.program_id and p.version_number = v.number);
alter table program_version enable trigger program_version_is_history;
alter table program_version alter column sessions_per_week set not null,
    add constraint program_version_sessions_per_week check (sessions_per_week between 1 and 14);

-- Each episode's first and latest pain, and its latest pain by the end of weeks 4, 8 and 12 of
-- the clock (check-ins before midnight of onset + 28, 56, 84 days in the session's time zone,
-- which the application sets to the clinic's). Derived: triggers keep it on every check-in and
-- every change of an episode (its onset may move); the application never writes it.
create table episode_pain (
    episode_id  uuid        primary key references episode (id) on delete cascade,
    baseline    smallint    not null,
    baseline_at timestamptz not null,
    latest      smallint    not null,
    latest_at   timestamptz not null,
    week4       smallint,
    week8       smallint,
    week12      smallint
);

create function refresh_episode_pain(episodes uuid[]) returns void
language sql as $$
    delete from episode_pain p
     where p.episode_id = any (episodes)
       and not exists (select 1 from check_in c where c.episode_id = p.episode_id);
    insert into episode_pain (episode_id, baseline, baseline_at, latest, latest_at, week4, week8, week12)
    select e.id, first.pain, first.taken_at, last.pain, last.taken_at,
           (select c.pain from check_in c where c.episode_id = e.id
               and c.taken_at < (e.onset_date + 28)::timestamptz
             order by c.taken_at desc, c.id desc limit 1),
           (select c.pain from check_in c where c.episode_id = e.id
               and c.taken_at < (e.onset_date + 56)::timestamptz
             order by c.taken_at desc, c.id desc limit 1),
           (select c.pain from check_in c where c.episode_id = e.id
               and c.taken_at < (e.onset_date + 84)::timestamptz
             order by c.taken_at desc, c.id desc limit 1)
      from episode e
      join lateral (select c.pain, c.taken_at from check_in c where c.episode_id = e.id
                     order by c.taken_at, c.id limit 1) first on true
      join lateral (select c.pain, c.taken_at from check_in c where c.episode_id = e.id
                     order by c.taken_at desc, c.id desc limit 1) last on true
     where e.id = any (episodes)
    on conflict (episode_id) do update
       set baseline = excluded.baseline, baseline_at = excluded.baseline_at, latest = excluded.latest,
           latest_at = excluded.latest_at, week4 = excluded.week4, week8 = excluded.week8,
           week12 = excluded.week12
$$;

-- Two transactions adding check-ins to one episode at once: the episode rows are locked first,
-- so the second refresh (a new statement, a new snapshot) sees the first one's check-in.
create function episode_pain_after_check_in() returns trigger
language plpgsql as $$
declare
    touched uuid[] := array(select distinct episode_id from changed order by 1);
begin
    perform 1 from episode where id = any (touched) order by id for no key update;
    perform refresh_episode_pain(touched);
    return null;
end
$$;
create function episode_pain_after_episode_change() returns trigger
language plpgsql as $$
begin
    perform refresh_episode_pain(array(select id from changed));
    return null;
end
$$;
create trigger check_in_inserted_refreshes_pain after insert on check_in
    referencing new table as changed for each statement execute function episode_pain_after_check_in();
-- check-ins are never edited, but a correction or removal by hand must not leave the marks stale
create trigger check_in_updated_refreshes_pain after update on check_in
    referencing new table as changed for each statement execute function episode_pain_after_check_in();
create trigger check_in_deleted_refreshes_pain after delete on check_in
    referencing old table as changed for each statement execute function episode_pain_after_check_in();
create trigger episode_updated_refreshes_pain after update on episode
    referencing new table as changed for each statement execute function episode_pain_after_episode_change();

select refresh_episode_pain(array(select distinct episode_id from check_in));


-- The clinic's sessions over an adherence window, without visiting the table.
create index exercise_session_by_day_idx on exercise_session (session_date) include (program_id);

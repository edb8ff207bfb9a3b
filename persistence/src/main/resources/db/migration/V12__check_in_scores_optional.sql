-- Issue 16: a check-in records only what the clinician knows (a phone call about a red flag need
-- not score pain or stiffness), but always something.
alter table check_in alter column pain drop not null, alter column stiffness drop not null;
alter table check_in add constraint check_in_records_something check (
    pain is not null or stiffness is not null or cardinality(symptoms) > 0 or cardinality(red_flags) > 0
    or note is not null);

-- The pain marks read only the check-ins that scored pain; the episode's latest check-in of any
-- kind is kept beside them, for the worklist's last activity.
alter table episode_pain alter column baseline drop not null, alter column baseline_at drop not null,
    alter column latest drop not null, alter column latest_at drop not null;
alter table episode_pain add column checked_in_at timestamptz;

create or replace function refresh_episode_pain(episodes uuid[]) returns void
language sql as $$
    delete from episode_pain p
     where p.episode_id = any (episodes)
       and not exists (select 1 from check_in c where c.episode_id = p.episode_id);
    insert into episode_pain (episode_id, baseline, baseline_at, latest, latest_at, week4, week8, week12,
                              checked_in_at)
    select e.id, first.pain, first.taken_at, last.pain, last.taken_at,
           (select c.pain from check_in c where c.episode_id = e.id and c.pain is not null
               and c.taken_at < (e.onset_date + 28)::timestamptz
             order by c.taken_at desc, c.id desc limit 1),
           (select c.pain from check_in c where c.episode_id = e.id and c.pain is not null
               and c.taken_at < (e.onset_date + 56)::timestamptz
             order by c.taken_at desc, c.id desc limit 1),
           (select c.pain from check_in c where c.episode_id = e.id and c.pain is not null
               and c.taken_at < (e.onset_date + 84)::timestamptz
             order by c.taken_at desc, c.id desc limit 1),
           (select max(c.taken_at) from check_in c where c.episode_id = e.id)
      from episode e
      left join lateral (select c.pain, c.taken_at from check_in c where c.episode_id = e.id and c.pain is not null
                          order by c.taken_at, c.id limit 1) first on true
      left join lateral (select c.pain, c.taken_at from check_in c where c.episode_id = e.id and c.pain is not null
                          order by c.taken_at desc, c.id desc limit 1) last on true
     where e.id = any (episodes)
       and exists (select 1 from check_in c where c.episode_id = e.id)
    on conflict (episode_id) do update
       set baseline = excluded.baseline, baseline_at = excluded.baseline_at, latest = excluded.latest,
           latest_at = excluded.latest_at, week4 = excluded.week4, week8 = excluded.week8,
           week12 = excluded.week12, checked_in_at = excluded.checked_in_at
$$;

select refresh_episode_pain(array(select distinct episode_id from check_in));

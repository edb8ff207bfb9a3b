-- Home exercise programs (CLINICAL.md section 5): the exercise library with its reference
-- exercises, program templates, programs with every version they had, and completed sessions.
-- Constraints mirror org.backboard.core.exercise and org.backboard.core.program.

create table exercise (
    id                uuid         primary key,
    name              varchar(80)  not null,
    category          varchar(16)  not null,
    region            varchar(16)  not null,
    steps             text[]       not null,
    cautions          varchar(600) not null default '',
    sets              smallint     not null,
    reps              smallint,
    hold_seconds      smallint,
    sessions_per_week smallint     not null,
    retired           boolean      not null default false,
    version           bigint       not null,
    constraint exercise_name_not_blank check (btrim(name) <> ''),
    constraint exercise_category_known check (category in ('MOBILITY', 'STRETCH', 'STRENGTH_CORE', 'AEROBIC', 'RELAXATION')),
    constraint exercise_region_known check (region in
        ('LOWER_BACK', 'UPPER_BACK', 'WHOLE_SPINE', 'HIPS_AND_PELVIS', 'TRUNK', 'WHOLE_BODY')),
    constraint exercise_three_to_six_steps check (cardinality(steps) between 3 and 6),
    constraint exercise_sets_range check (sets between 1 and 10),
    constraint exercise_reps_range check (reps between 1 and 50),
    constraint exercise_hold_range check (hold_seconds between 5 and 120),
    constraint exercise_reps_or_hold check ((reps is null) <> (hold_seconds is null)),
    constraint exercise_sessions_range check (sessions_per_week between 1 and 14)
);
create unique index exercise_name_uk on exercise (lower(name));

create table program_template (
    id          uuid         primary key,
    name        varchar(80)  not null,
    description varchar(300) not null default '',
    retired     boolean      not null default false,
    version     bigint       not null,
    constraint program_template_name_not_blank check (btrim(name) <> '')
);
create unique index program_template_name_uk on program_template (lower(name));

create table program_template_item (
    template_id       uuid         not null references program_template (id) on delete cascade,
    position          smallint     not null,
    exercise_id       uuid         not null references exercise (id),
    sets              smallint     not null check (sets between 1 and 10),
    reps              smallint     check (reps between 1 and 50),
    hold_seconds      smallint     check (hold_seconds between 5 and 120),
    sessions_per_week smallint     not null check (sessions_per_week between 1 and 14),
    notes             varchar(500) not null default '',
    primary key (template_id, position),
    constraint program_template_item_once unique (template_id, exercise_id),
    constraint program_template_item_reps_or_hold check ((reps is null) <> (hold_seconds is null))
);

-- one program per episode; version counts saves (optimistic locking), not program versions
create table program (
    id         uuid   primary key,
    episode_id uuid   not null references episode (id),
    patient_id uuid   not null references patient (id),
    version    bigint not null,
    constraint program_one_per_episode unique (episode_id)
);

create table program_version (
    program_id     uuid        not null references program (id),
    number         integer     not null check (number >= 1),
    effective_from date        not null,
    author_id      uuid        not null references clinician (id),
    authored_at    timestamptz not null,
    primary key (program_id, number)
);

create table prescription (
    program_id        uuid         not null,
    version_number    integer      not null,
    position          smallint     not null,
    exercise_id       uuid         not null references exercise (id),
    sets              smallint     not null check (sets between 1 and 10),
    reps              smallint     check (reps between 1 and 50),
    hold_seconds      smallint     check (hold_seconds between 5 and 120),
    sessions_per_week smallint     not null check (sessions_per_week between 1 and 14),
    notes             varchar(500) not null default '',
    primary key (program_id, version_number, position),
    foreign key (program_id, version_number) references program_version (program_id, number),
    constraint prescription_once_per_version unique (program_id, version_number, exercise_id),
    constraint prescription_reps_or_hold check ((reps is null) <> (hold_seconds is null))
);

-- Past versions are history: the database refuses to change or remove them, whatever the caller.
create function refuse_history_change() returns trigger
language plpgsql as $$
begin
    raise exception 'program versions are never changed: add a new version instead';
end
$$;
create trigger program_version_is_history before update or delete on program_version
    for each statement execute function refuse_history_change();
create trigger prescription_is_history before update or delete on prescription
    for each statement execute function refuse_history_change();
create trigger program_version_not_truncated before truncate on program_version
    for each statement execute function refuse_history_change();
create trigger prescription_not_truncated before truncate on prescription
    for each statement execute function refuse_history_change();

-- A completed session. completed lists the exercises done (ids from the library, which never
-- deletes); a patient app would report with source PATIENT_APP and no clinician.
create table exercise_session (
    id           uuid          primary key,
    program_id   uuid          not null references program (id),
    patient_id   uuid          not null references patient (id),
    session_date date          not null,
    completed    uuid[]        not null,
    pain_during  smallint      check (pain_during between 0 and 10),
    pain_after   smallint      check (pain_after between 0 and 10),
    too_hard     boolean       not null,
    note         varchar(1000) not null default '',
    source       varchar(16)   not null,
    recorded_by  uuid          references clinician (id),
    recorded_at  timestamptz   not null,
    constraint exercise_session_completes_something check (cardinality(completed) >= 1),
    constraint exercise_session_source_known check (source in ('CLINIC_VISIT', 'PHONE', 'PATIENT_APP')),
    constraint exercise_session_recorder_named check (source = 'PATIENT_APP' or recorded_by is not null)
);
-- a program's sessions over a window (this week, adherence windows)
create index exercise_session_by_program_idx on exercise_session (program_id, session_date);

-- The reference library. Ids are derived from the names so templates (and any later migration)
-- can name them; instructions are our own words.
insert into exercise (id, name, category, region, steps, cautions, sets, reps, hold_seconds, sessions_per_week, version)
select md5('backboard-exercise:' || lower(name))::uuid, name, category, region, steps, cautions, sets, reps, hold_seconds,
       sessions_per_week, 1
from (values
    ('Downward Dog', 'STRETCH', 'WHOLE_SPINE', array[
        'Start on hands and knees, hands a little ahead of your shoulders.',
        'Tuck your toes and lift your hips up and back so your body makes an upside-down V.',
        'Keep your knees as bent as you need and let your head hang between your arms.',
        'Breathe slowly while you hold, then lower your knees to the floor.'],
     'Bend your knees rather than force your heels down. Skip it if your wrists or shoulders hurt, or if you have been told to avoid head-down positions (for example glaucoma or high blood pressure).',
     3, null, 20, 5),
    ('Cat Cow', 'MOBILITY', 'WHOLE_SPINE', array[
        'Start on hands and knees, hands under shoulders and knees under hips.',
        'Breathe in and let your belly sink while you lift your chest and tailbone.',
        'Breathe out and round your back up toward the ceiling, tucking your chin.',
        'Move slowly between the two positions, staying in a comfortable range.'],
     'Move only as far as feels comfortable; a little stretch is fine, sharp pain is not.',
     2, 10, null, 7),
    ('Glute Stretch', 'STRETCH', 'HIPS_AND_PELVIS', array[
        'Lie on your back with both knees bent and feet flat.',
        'Cross one ankle over the opposite knee.',
        'Hold the back of the lower thigh and gently draw both legs toward your chest.',
        'Hold while you feel a stretch in the buttock of the crossed leg, then switch sides.'],
     'Keep your head and shoulders relaxed on the floor. Stop if you feel pain in the knee or the hip joint itself.',
     3, null, 30, 7),
    ('Standing Child''s Pose', 'STRETCH', 'LOWER_BACK', array[
        'Stand facing a counter or sturdy table and rest your hands on its edge.',
        'Walk your feet back and hinge at the hips, letting your chest sink toward the floor.',
        'Let your arms straighten and your back lengthen; keep your knees soft.',
        'Hold and breathe, then walk your feet in to stand up.'],
     'Use something that will not slide. Come up slowly if you feel light-headed.',
     3, null, 20, 7),
    ('Bridge', 'STRENGTH_CORE', 'HIPS_AND_PELVIS', array[
        'Lie on your back with knees bent, feet flat and hip-width apart.',
        'Tighten your stomach and squeeze your buttocks.',
        'Lift your hips until your body forms a straight line from shoulders to knees.',
        'Pause for a breath, then lower slowly.'],
     'Lift from your hips, not by arching your lower back. Lower the height if your back complains.',
     3, 10, null, 5),
    ('Open Book Rotation', 'MOBILITY', 'UPPER_BACK', array[
        'Lie on one side with knees bent in front of you and arms straight out in front, palms together.',
        'Keep your knees together and lift the top arm up and over, opening your chest toward the ceiling.',
        'Follow your hand with your eyes and let the arm rest toward the floor behind you if it will.',
        'Return slowly; do all repetitions, then change sides.'],
     'Keep the movement slow and easy; the knees stay down. Stop if you feel tingling in the arm.',
     2, 10, null, 7),
    ('Knee Rocking', 'MOBILITY', 'LOWER_BACK', array[
        'Lie on your back with knees bent and feet flat, arms out to the sides.',
        'Keeping your shoulders down, let both knees fall gently to one side.',
        'Bring them back to the middle and let them fall to the other side.',
        'Keep a slow, easy rhythm within a comfortable range.'],
     'Small movements are fine at first; let the range grow over the days.',
     2, 10, null, 7),
    ('Diaphragmatic Breathing', 'RELAXATION', 'TRUNK', array[
        'Lie on your back with knees bent, or sit supported, one hand on your chest and one on your belly.',
        'Breathe in slowly through your nose so the hand on your belly rises and the chest stays still.',
        'Breathe out gently through pursed lips, letting the belly fall.',
        'Count each full breath as one repetition.'],
     'Breathe gently, never forcefully. Stop and breathe normally if you feel dizzy.',
     1, 10, null, 14),
    ('Bird Dog', 'STRENGTH_CORE', 'TRUNK', array[
        'Start on hands and knees with your back flat.',
        'Tighten your stomach as if bracing for a light push.',
        'Reach one arm forward and the opposite leg back until both are level with your body.',
        'Hold for a breath without letting your back sag, then return and switch sides.'],
     'Keep your hips level; reach less far rather than arching your back. Begin with legs only if balance is hard.',
     3, 8, null, 4),
    ('Pelvic Tilt', 'MOBILITY', 'LOWER_BACK', array[
        'Lie on your back with knees bent and feet flat.',
        'Gently flatten your lower back into the floor by tightening your stomach and tipping your pelvis.',
        'Hold for a breath or two.',
        'Relax back to the starting position.'],
     'A small movement is all that is needed; do not hold your breath.',
     2, 10, null, 7),
    ('Single Knee to Chest', 'STRETCH', 'LOWER_BACK', array[
        'Lie on your back with both knees bent.',
        'Hold behind one knee and draw it gently toward your chest.',
        'Keep the other foot on the floor and your back relaxed.',
        'Hold, lower slowly, then repeat with the other leg.'],
     'Hold behind the knee rather than on top of it if your knee is sore.',
     3, null, 20, 7),
    ('Prone Press-up', 'MOBILITY', 'LOWER_BACK', array[
        'Lie face down with your hands under your shoulders.',
        'Keeping your hips and lower body relaxed on the floor, push your upper body up with your arms.',
        'Go only as high as is comfortable and let your lower back sag.',
        'Lower slowly and rest for a breath before the next one.'],
     'Stop if pain spreads further down your leg; tell your therapist. Pain that moves toward the back is usually fine.',
     2, 10, null, 7),
    ('Dead Bug', 'STRENGTH_CORE', 'TRUNK', array[
        'Lie on your back with arms pointing to the ceiling and hips and knees bent to 90 degrees.',
        'Tighten your stomach so your lower back stays gently pressed to the floor.',
        'Slowly lower one arm overhead and straighten the opposite leg toward the floor.',
        'Return and switch sides, keeping your back still throughout.'],
     'Lower the arm and leg only as far as you can keep your back flat. Breathe out as you reach.',
     3, 8, null, 4),
    ('Modified Side Plank', 'STRENGTH_CORE', 'TRUNK', array[
        'Lie on your side with your elbow under your shoulder and knees bent behind you.',
        'Tighten your stomach and lift your hips so your body is straight from head to knees.',
        'Hold steadily while breathing.',
        'Lower gently and switch sides.'],
     'Keep your shoulder away from your ear. Skip it if your shoulder hurts when you lean on it.',
     3, null, 15, 4),
    ('Walking', 'AEROBIC', 'WHOLE_BODY', array[
        'Choose a flat, safe route and comfortable shoes.',
        'Walk at a pace where you can still talk.',
        'Start with about 10 minutes and add a few minutes every few days.',
        'Work up toward 30 minutes on most days.'],
     'Short walks several times a day count too. Ease off for a day if pain is clearly worse the next morning.',
     1, 1, null, 5)
) as library (name, category, region, steps, cautions, sets, reps, hold_seconds, sessions_per_week);

insert into program_template (id, name, description, version)
select md5('backboard-template:' || lower(name))::uuid, name, description, 1
from (values
    ('Back pain basics', 'Three gentle moves for everyday back pain: a stretch for the whole back and one for the hips.'),
    ('Stiff back', 'Five easy moves that loosen a stiff back, from standing, on hands and knees, and lying down.'),
    ('Core strength', 'Trunk and hip strength for the weeks after the pain has settled.')
) as t (name, description);

insert into program_template_item (template_id, position, exercise_id, sets, reps, hold_seconds, sessions_per_week)
select md5('backboard-template:' || lower(t.template))::uuid, t.position,
       e.id, e.sets, e.reps, e.hold_seconds, e.sessions_per_week
from (values
    ('Back pain basics', 1, 'Downward Dog'), ('Back pain basics', 2, 'Cat Cow'), ('Back pain basics', 3, 'Glute Stretch'),
    ('Stiff back', 1, 'Standing Child''s Pose'), ('Stiff back', 2, 'Cat Cow'), ('Stiff back', 3, 'Bridge'),
    ('Stiff back', 4, 'Open Book Rotation'), ('Stiff back', 5, 'Knee Rocking'),
    ('Core strength', 1, 'Pelvic Tilt'), ('Core strength', 2, 'Bird Dog'), ('Core strength', 3, 'Dead Bug'),
    ('Core strength', 4, 'Modified Side Plank'), ('Core strength', 5, 'Bridge')
) as t (template, position, exercise)
join exercise e on lower(e.name) = lower(t.exercise);

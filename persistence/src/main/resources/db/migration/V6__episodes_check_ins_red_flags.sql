-- Episodes of care, their symptom timeline and red flags (CLINICAL.md sections 1, 2, 4, 7).
-- Constraints mirror org.backboard.core.episode, .symptom and .redflag.
create table episode (
    id               uuid         primary key,
    patient_id       uuid         not null references patient (id),
    therapist_id     uuid         not null references clinician (id),
    region           varchar(16)  not null,
    onset_date       date         not null,
    onset_precision  varchar(8)   not null,
    start_date       date         not null,
    diagnosis        varchar(32)  not null,
    pain_type        varchar(16)  not null,
    risk_factors     text[]       not null default '{}',
    status           varchar(12)  not null,
    discharge_date   date,
    discharge_reason varchar(500),
    version          bigint       not null default 0,
    constraint episode_region_known check (region in ('CERVICAL', 'THORACIC', 'LUMBAR', 'SACRAL_COCCYX')),
    constraint episode_precision_known check (onset_precision in ('DAY', 'MONTH')),
    constraint episode_month_onset_on_first check (onset_precision = 'DAY' or extract(day from onset_date) = 1),
    constraint episode_onset_not_after_start check (onset_date <= start_date),
    constraint episode_pain_type_known check (pain_type in ('MECHANICAL', 'NEUROPATHIC', 'INFLAMMATORY')),
    constraint episode_status_known check (status in ('ACTIVE', 'ON_HOLD', 'DISCHARGED')),
    constraint episode_discharge_complete check (
        (status = 'DISCHARGED') = (discharge_date is not null)
        and (discharge_date is null) = (discharge_reason is null)),
    constraint episode_discharge_not_before_start check (discharge_date is null or discharge_date >= start_date)
);

-- a patient's episodes, newest first
create index episode_by_patient_idx on episode (patient_id, start_date desc);
-- roster stage and watch filters: open episodes by onset date (bounds computed by core's Chronicity)
create index episode_open_by_onset_idx on episode (onset_date, patient_id) where status <> 'DISCHARGED';

create table check_in (
    id          uuid          primary key,
    episode_id  uuid          not null references episode (id),
    taken_at    timestamptz   not null,
    source      varchar(20)   not null,
    pain        smallint      not null,
    stiffness   smallint      not null,
    symptoms    text[]        not null default '{}',
    red_flags   text[]        not null default '{}',
    note        varchar(2000),
    recorded_by uuid          not null references clinician (id),
    constraint check_in_pain_range check (pain between 0 and 10),
    constraint check_in_stiffness_range check (stiffness between 0 and 10),
    constraint check_in_source_known check (source in ('CLINIC_VISIT', 'PHONE', 'PATIENT_REPORTED'))
);

-- an episode's timeline in order (and its first and latest pain)
create index check_in_timeline_idx on check_in (episode_id, taken_at);

create table red_flag (
    id              uuid          primary key,
    episode_id      uuid          not null references episode (id),
    patient_id      uuid          not null references patient (id),
    code            varchar(32)   not null,
    tier            varchar(12)   not null,
    raised_at       timestamptz   not null,
    raised_by       uuid          not null references clinician (id),
    check_in_id     uuid          references check_in (id),
    acknowledged_at timestamptz,
    acknowledged_by uuid          references clinician (id),
    action          varchar(32),
    note            varchar(2000),
    version         bigint        not null default 0,
    constraint red_flag_tier_known check (tier in ('EMERGENCY', 'URGENT', 'REVIEW')),
    constraint red_flag_acknowledgement_complete check (
        (acknowledged_at is null) = (acknowledged_by is null)
        and (acknowledged_at is null) = (action is null)),
    constraint red_flag_action_known check (action is null or action in
        ('REFERRED_TO_EMERGENCY_CARE', 'REFERRED_TO_PHYSICIAN', 'REVIEWED_NOT_A_CONCERN'))
);

-- open flags: the roster badge per patient and tier; at most one open flag per episode and sign
create index red_flag_open_by_patient_idx on red_flag (patient_id, tier) where acknowledged_at is null;
create unique index red_flag_one_open_per_sign_idx on red_flag (episode_id, code) where acknowledged_at is null;

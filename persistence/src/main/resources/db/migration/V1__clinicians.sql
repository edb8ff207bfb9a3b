-- Users of Backboard. Never deleted once they have history: deactivated instead.
create table clinician (
    id            uuid         primary key,
    username      varchar(40)  not null,
    display_name  varchar(100) not null,
    password_hash varchar(100) not null,
    role          varchar(16)  not null,
    active        boolean      not null default true,
    created_at    timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint clinician_username_uk unique (username),
    constraint clinician_username_format check (username ~ '^[a-z0-9._-]{3,40}$'),
    constraint clinician_display_name_not_blank check (btrim(display_name) <> ''),
    constraint clinician_role_known check (role in ('THERAPIST', 'LEAD'))
);

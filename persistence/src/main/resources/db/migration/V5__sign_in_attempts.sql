-- Failed sign-ins per name typed (accounts or not, so a lock never reveals whether one exists).
create table sign_in_attempt (
    username     varchar(64) primary key,
    failures     integer     not null check (failures >= 0),
    window_start timestamptz not null,
    locked_until timestamptz
);

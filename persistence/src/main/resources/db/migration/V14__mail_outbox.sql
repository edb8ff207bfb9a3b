-- Issue 17: outgoing mail waits in this table until a node sends it (see core.mail). It is one queue
-- for every node of the application. A node leases due rows (claim, claimed_until) in a short
-- transaction of its own before it sends; other nodes skip leased rows, and a row whose node died
-- mid-send is due again once its lease has run out. Mail carries no patient data; the recipient is
-- the one personal datum kept here.
create table mail_outbox (
    id              uuid         primary key,
    kind            varchar(20)  not null,
    recipient       varchar(254) not null,
    subject         varchar(200) not null,
    body            text         not null,
    created_at      timestamptz  not null,
    status          varchar(10)  not null default 'QUEUED',
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    claim           uuid,
    claimed_until   timestamptz,
    sent_at         timestamptz,
    last_error      varchar(200),
    constraint mail_outbox_kind_known check (kind in ('INVITATION', 'REMINDER', 'FLAG_ALERT')),
    constraint mail_outbox_status_known check (status in ('QUEUED', 'SENT', 'FAILED')),
    constraint mail_outbox_recipient_has_at check (position('@' in recipient) > 1),
    constraint mail_outbox_subject_present check (char_length(subject) >= 1),
    -- once a mail has left or was given up, its body (an invitation's one-time link among others) is blanked
    constraint mail_outbox_body_length check (char_length(body) <= 20000
                                             and (status <> 'QUEUED' or char_length(body) >= 1)),
    constraint mail_outbox_attempts_counted check (attempts >= 0),
    constraint mail_outbox_sent_has_time check ((status = 'SENT') = (sent_at is not null)),
    constraint mail_outbox_lease_whole check ((claim is null) = (claimed_until is null)),
    constraint mail_outbox_leased_only_while_queued check (status = 'QUEUED' or claim is null)
);

-- the dispatcher's claim: queued rows, earliest due first; sent and failed rows leave the index
create index mail_outbox_due_idx on mail_outbox (next_attempt_at) where status = 'QUEUED';

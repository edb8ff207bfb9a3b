-- Issue 17: a clinician may have an email address, where Backboard tells them that a patient of
-- theirs raised an emergency or urgent red flag from the patient app (the mail holds only a link).
-- Optional: no address, no mail. The check is core's MailAddress rule: one plain ASCII address of
-- at most 254 characters with a local part of at most 64, and no space, display name, comma or line
-- break that could add a recipient or a header. Kept identical, so every stored address loads.
alter table clinician add column email varchar(254);

alter table clinician add constraint clinician_email_one_plain_address check (
    email is null
    or (email ~ ('^[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&''*+/=?^_`{|}~-]+)*'
                 || '@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$')
        and position('@' in email) <= 65));

-- the roster sorted by age (date of birth), either direction, with id as the stable tie-break
create index patient_roster_by_birth_idx on patient (date_of_birth, id);

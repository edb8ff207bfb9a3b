-- Deep roster pages (offset 50,000 of 100,000) walked the name index and fetched every skipped
-- row from the table (78 ms p95). The roster now finds a page's ids first (RosterSql.deferredJoin);
-- with the filter columns carried in the name index, that walk is an index-only scan (7 ms).
drop index patient_roster_by_name_idx;
create index patient_roster_page_by_name_idx on patient (family_name, given_name, id)
    include (status, therapist_id, open_onset, worst_flag);

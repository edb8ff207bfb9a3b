-- A bulk export belongs to the API client that kicked it off (V19's api_client): clients are never
-- deleted, so neither the job nor its audit rows lose who asked.
alter table bulk_export_job add constraint bulk_export_job_client_fk foreign key (client_id) references api_client (id);

-- Files attached to applications (issue 7): the documents a procedure requires (添付書類), uploaded
-- by staff at the counter or by the applicant online with the reference and secret. They hold
-- personal data, so they stay in the town's tenant with the application; the bytes are stored here
-- with their SHA-256, at most 5 MiB each (ApplicationFiles.MAX_BYTES).

create table application_files (
    id               uuid primary key,
    application_id   uuid not null references applications (id),
    tenant_code      varchar(6) not null references tenants (code),
    attachment_code  text not null,
    filename         text not null check (length(filename) between 1 and 200),
    content_type     text not null,
    size_bytes       int not null check (size_bytes > 0),
    sha256           bytea not null check (length(sha256) = 32),
    content          bytea not null,
    uploaded_by      text not null,
    uploaded_at      timestamptz not null
);

create index application_files_by_application on application_files (application_id, uploaded_at, id);

call lg_enable_tenant_isolation('application_files');

-- a stored file is evidence: the application role may add files, never change or remove them
revoke update, delete on application_files from ${appRole};

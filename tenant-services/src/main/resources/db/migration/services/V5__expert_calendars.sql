-- Each expert's calendar feed (calendar.ics) is read by calendar apps, which send no token, so it
-- is reached through a secret URL. Only a SHA-256 hash of the secret is stored; rotating it makes
-- the old URL stop working. The table holds no personal data, only which tenant's expert a secret
-- opens: the feed looks the tenant up here and reads the visits inside that tenant's isolation.
create table expert_calendars (
    expert_id    uuid primary key references experts (id) on delete cascade,
    tenant_code  varchar(6) not null references tenants (code),
    secret_hash  bytea not null check (length(secret_hash) = 32),
    rotated_at   timestamptz not null default now()
);

grant select, insert, update, delete on expert_calendars to ${appRole};

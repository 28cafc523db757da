-- Every change of the tenant directory, as projected from lg.directory.tenants by the
-- tenant-history consumer: one row per event, applied exactly once (event_id is unique).
create table tenant_history (
    seq             bigserial primary key,
    event_id        uuid not null unique,
    tenant_code     varchar(6) not null,
    kind            text not null check (kind in ('registered', 'updated')),
    changed_fields  text[] not null,
    actor           text not null,
    occurred_at     timestamptz not null,
    recorded_at     timestamptz not null default now()
);

create index tenant_history_by_tenant on tenant_history (tenant_code, seq desc);

grant select, insert on tenant_history to ${appRole};
grant usage on sequence tenant_history_seq_seq to ${appRole};

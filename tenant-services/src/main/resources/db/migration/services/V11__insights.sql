-- Insights (issue 8): metric values computed by the insights topology from the event streams, and
-- each town's choice to be named in comparisons.
--
-- metric_values is a read model of figures about municipalities, rebuilt from the topics at will:
-- it is not tenant-owned (like tenant_history) and is written only by the topology's sink. Who may see
-- which rows, and under which name, is decided in one place, MetricAudience, before anything is read.
-- One row per metric, municipality, period ('2026-04' or 'FY2026', Asia/Tokyo), programme and
-- specialty; the observations behind the value are kept (count, numerator and denominator, or the
-- whole distribution), so totals over towns, months or dimensions are exact.
create table metric_values (
    metric_id          text not null,
    municipality_code  varchar(6) not null,
    period             text not null check (period ~ '^([0-9]{4}-[0-9]{2}|FY[0-9]{4})$'),
    programme          text not null,
    specialty          text not null,
    value              numeric,
    observations       bigint not null,
    numerator          bigint not null default 0,
    denominator        bigint not null default 0,
    distribution       jsonb not null default '{}',
    updated_at         timestamptz not null default now(),
    primary key (metric_id, municipality_code, period, programme, specialty)
);

create index metric_values_by_period on metric_values (metric_id, period, municipality_code);

grant select, insert, update on metric_values to ${appRole};

-- A town's opt-in to open comparison (比較への実名参加): when open, analysts of other towns see it by
-- name among their peers. Written only by the town itself; read by everyone, since it decides names.
create table open_comparison (
    tenant_code  varchar(6) primary key references tenants (code),
    open         boolean not null,
    changed_by   text not null,
    changed_at   timestamptz not null default now()
);

call lg_enable_tenant_isolation('open_comparison');

create policy everyone_reads on open_comparison for select using (true);

-- Stable pseudonyms of municipalities for anonymised comparisons, drawn at random the first time a
-- town is shown without its name, so they cannot be computed back from the LG code.
create table metric_pseudonyms (
    municipality_code  varchar(6) primary key references tenants (code),
    pseudonym          text not null unique
);

grant select, insert on metric_pseudonyms to ${appRole};

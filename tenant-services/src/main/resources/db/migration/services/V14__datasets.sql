-- Datasets (issue 8): figures about municipalities that analysts import from CSV or .xlsx (ふるさと納税
-- donations by purpose and year, a town's own statistics), each measure then a metric beside those
-- computed from events.
--
-- Like metric_values these are figures about municipalities, not rows a tenant owns: who may see which
-- town's figures, and by name, is decided in one place (MetricAudience) before anything is read. Each
-- dataset has an owner, the prefecture whose analyst or coordinator declared it; only the owner declares
-- its shape, imports versions and reads raw rows. A version is never changed: an import of a changed file
-- adds the next version and keeps the earlier ones; the same file again (same SHA-256 of file and shape)
-- is found by the unique index and imports nothing.
create table datasets (
    id          text primary key check (id ~ '^[a-z][a-z0-9-]{1,47}$'),
    owner_code  varchar(6) not null references tenants (code),
    shape       jsonb not null,
    declared_by text not null,
    declared_at timestamptz not null default now()
);

create table dataset_versions (
    dataset_id      text not null references datasets (id),
    version         int not null check (version > 0),
    content_sha256  text not null,
    file_name       text not null,
    media_type      text not null,
    shape           jsonb not null,
    row_count       int not null,
    imported_by     text not null,
    imported_at     timestamptz not null default now(),
    primary key (dataset_id, version),
    unique (dataset_id, content_sha256)
);

-- One value per measure, municipality, period ('2026-04' or 'FY2026') and up to two dimension values
-- ('-' when the dataset has fewer); line is where it came from (CSV line or xlsx row).
create table dataset_values (
    dataset_id         text not null,
    version            int not null,
    measure            text not null,
    municipality_code  varchar(6) not null references tenants (code),
    period             text not null check (period ~ '^([0-9]{4}-[0-9]{2}|FY[0-9]{4})$'),
    dimension1         text not null,
    dimension2         text not null,
    value              numeric not null,
    line               int not null,
    primary key (dataset_id, version, measure, municipality_code, period, dimension1, dimension2),
    foreign key (dataset_id, version) references dataset_versions (dataset_id, version)
);

create index dataset_values_by_period on dataset_values (dataset_id, version, measure, period, municipality_code);

grant select, insert, update on datasets to ${appRole};
grant select, insert on dataset_versions, dataset_values to ${appRole};

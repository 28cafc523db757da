-- Standard procedures (標準手続) of a collaboration and the applications residents make (issue 7).
--
-- A collaboration's lead publishes versions of a standard definition; the rows belong to the lead
-- and the collaboration's members read them. A published version never changes: the application
-- role may insert and read versions, never update or delete them.
-- A municipality adopts a version with its local variants; the lead reads its members' adoptions
-- to report drift. Applications hold residents' personal data and stay in the town's tenant only.

create table procedure_definitions (
    code                text not null check (code ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    version             int not null check (version >= 1),
    tenant_code         varchar(6) not null references tenants (code),
    collaboration_code  text not null references collaborations (code),
    name_ja             text not null,
    name_en             text not null,
    definition          jsonb not null,
    changes             text not null,
    published_by        text not null,
    published_at        timestamptz not null default now(),
    primary key (code, version)
);

call lg_enable_tenant_isolation('procedure_definitions');

revoke update, delete on procedure_definitions from ${appRole};

create policy members_read on procedure_definitions for select
    using (exists (select 1 from collaboration_members m
                   where m.collaboration_code = procedure_definitions.collaboration_code
                     and m.member_code = lg_current_tenant()));

create table procedure_adoptions (
    id                  uuid primary key,
    tenant_code         varchar(6) not null references tenants (code),
    procedure_code      text not null,
    version             int not null,
    lead_code           varchar(6) not null references tenants (code),
    collaboration_code  text not null references collaborations (code),
    variants            jsonb not null,
    adopted_by          text not null,
    adopted_at          timestamptz not null default now(),
    current             boolean not null default true,
    foreign key (procedure_code, version) references procedure_definitions (code, version)
);

-- one adoption in force per town and procedure; earlier ones stay as history
create unique index procedure_adoptions_current on procedure_adoptions (tenant_code, procedure_code) where current;
create index procedure_adoptions_by_lead on procedure_adoptions (lead_code, procedure_code) where current;

call lg_enable_tenant_isolation('procedure_adoptions');

create policy lead_reads on procedure_adoptions for select
    using (lead_code = lg_current_tenant());

create table applications (
    seq                 bigint generated always as identity unique,
    id                  uuid primary key,
    tenant_code         varchar(6) not null references tenants (code),
    reference           text not null unique,
    procedure_code      text not null,
    version             int not null,
    adoption_id         uuid not null references procedure_adoptions (id),
    channel             text not null check (channel in ('ONLINE', 'COUNTER')),
    stage               text not null,
    fields              jsonb not null,
    attachments         text[] not null default '{}',
    fee_yen             int not null check (fee_yen >= 0),
    stage_entered_at    timestamptz not null,
    stage_due_on        date,
    entered_by          text,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

create index applications_by_procedure on applications (tenant_code, procedure_code, seq);

call lg_enable_tenant_isolation('applications');

create table application_history (
    id              bigint generated always as identity primary key,
    application_id  uuid not null references applications (id),
    tenant_code     varchar(6) not null references tenants (code),
    from_stage      text,
    to_stage        text not null,
    action          text not null,
    actor           text not null,
    comment         text,
    at              timestamptz not null
);

create index application_history_by_application on application_history (application_id, id);

call lg_enable_tenant_isolation('application_history');

-- What a resident's reference number opens and when a stage falls due, for the public status page
-- (no token, so no tenant yet) and the overdue check (every tenant). No personal data: ids, the
-- hash of the secret, the stage and its due date. stage_entry counts the stages entered, so an
-- overdue stage is flagged once per entry.
create table application_lookup (
    application_id      uuid primary key references applications (id),
    tenant_code         varchar(6) not null references tenants (code),
    reference           text not null unique,
    secret_hash         bytea not null check (length(secret_hash) = 32),
    stage               text not null,
    stage_entry         int not null,
    due_on              date,
    overdue_flagged_at  timestamptz
);

create index application_lookup_due on application_lookup (due_on) where overdue_flagged_at is null;

grant select, insert, update on application_lookup to ${appRole};

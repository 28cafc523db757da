-- Shared experts (DX推進専門官) and the visit requests municipalities send them (issue 5).
--
-- Experts are employed by a collaboration's lead, so their rows belong to the lead's tenant.
-- A request belongs to the requesting municipality; the lead sees and changes its collaboration's
-- requests through one more policy (lead_shares), the sharing rule of DESIGN.md. Which expert
-- sees which request is checked by the service on top of these policies.

create table experts (
    id                  uuid primary key,
    tenant_code         varchar(6) not null references tenants (code),
    collaboration_code  text not null references collaborations (code),
    name                text not null check (length(name) between 1 and 100),
    specialties         text[] not null check (cardinality(specialties) > 0),
    home_office_code    varchar(6) not null references tenants (code),
    weekly_visit_limit  int not null check (weekly_visit_limit between 1 and 20),
    username            text not null unique,
    availability        jsonb not null default '{"weekly": [], "absences": []}',
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

create index experts_by_collaboration on experts (collaboration_code, name);

call lg_enable_tenant_isolation('experts');

create table expert_requests (
    seq                 bigint generated always as identity unique,
    id                  uuid primary key,
    tenant_code         varchar(6) not null references tenants (code),
    collaboration_code  text not null references collaborations (code),
    lead_code           varchar(6) not null references tenants (code),
    programme           text not null,
    specialty           text not null,
    topic               text not null,
    description         text not null,
    mode                text not null check (mode in ('ON_SITE', 'ONLINE')),
    duration_minutes    int not null check (duration_minutes between 15 and 480),
    urgency             text not null check (urgency in ('LOW', 'NORMAL', 'HIGH')),
    preferred_windows   jsonb not null,
    fiscal_year         int not null,
    status              text not null check (status in ('SUBMITTED', 'TRIAGED', 'PROPOSED', 'CONFIRMED',
                                                        'COMPLETED', 'DECLINED', 'CANCELLED')),
    assigned_expert_id  uuid references experts (id),
    reason              text,
    report              jsonb,
    requested_by        text not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

-- counting against caps: one municipality, one fiscal year, the requests still alive
create index expert_requests_by_town_and_year on expert_requests (tenant_code, fiscal_year, programme)
    where status not in ('DECLINED', 'CANCELLED');
create index expert_requests_by_lead on expert_requests (lead_code, seq);

call lg_enable_tenant_isolation('expert_requests');

create policy lead_shares on expert_requests
    using (lead_code = lg_current_tenant())
    with check (lead_code = lg_current_tenant());

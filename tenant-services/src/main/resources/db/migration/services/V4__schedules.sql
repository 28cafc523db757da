-- Expert schedules (派遣計画, issue 5): one solver run over a collaboration's triaged requests and
-- a horizon, and the visits it proposes. Both belong to the collaboration's lead, whose coordinator
-- starts, edits and confirms them; towns learn of their visits through request events.

create table schedules (
    id                  uuid primary key,
    tenant_code         varchar(6) not null references tenants (code),
    collaboration_code  text not null references collaborations (code),
    horizon_from        date not null,
    horizon_to          date not null check (horizon_to >= horizon_from),
    time_limit_seconds  int not null check (time_limit_seconds between 1 and 300),
    status              text not null check (status in ('SOLVING', 'PROPOSED', 'CONFIRMED', 'FAILED')),
    best_score          text,
    failure             text,
    started_by          text not null,
    started_at          timestamptz not null default now(),
    finished_at         timestamptz
);

-- at most one running solve per collaboration, whichever instance started it
create unique index schedules_one_solving_per_collaboration on schedules (collaboration_code)
    where status = 'SOLVING';
create index schedules_by_collaboration on schedules (collaboration_code, started_at);

call lg_enable_tenant_isolation('schedules');

create table schedule_assignments (
    id                  uuid primary key,
    schedule_id         uuid not null references schedules (id),
    tenant_code         varchar(6) not null references tenants (code),
    request_id          uuid not null references expert_requests (id),
    municipality_code   varchar(6) not null references tenants (code),
    expert_id           uuid references experts (id),
    visit_start         timestamptz,
    visit_end           timestamptz,
    travel_minutes      int,
    status              text not null check (status in ('PROPOSED', 'UNASSIGNED', 'CONFIRMED')),
    pinned              boolean not null default false,
    explanation         jsonb not null default '[]',
    blocked_by          text,
    check ((status = 'UNASSIGNED') = (expert_id is null)),
    unique (schedule_id, request_id)
);

create index schedule_assignments_by_request on schedule_assignments (request_id);

call lg_enable_tenant_isolation('schedule_assignments');

-- the visit a request is confirmed for (Asia/Tokyo shown, UTC stored)
alter table expert_requests add column visit_start timestamptz;
alter table expert_requests add column visit_end timestamptz;

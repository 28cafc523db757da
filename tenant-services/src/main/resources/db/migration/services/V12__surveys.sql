-- Common-format surveys (業務量調査) of a collaboration (issue 7).
--
-- The lead defines a survey; its row belongs to the lead and the collaboration's members read it.
-- Each member town answers in its own tenant. Sharing rules, all here:
--   * that a town has submitted (survey_submissions: no figures) is visible to everyone who sees
--     the survey, for progress ("9 of 13 submitted") and for opening results early;
--   * a town's answers (survey_responses) are read by the lead all along, and by the other
--     members once the results are open (lg_survey_results_open: closed by the lead, past the
--     deadline, or every member submitted when the lead allowed that).

create table surveys (
    id                       uuid primary key,
    tenant_code              varchar(6) not null references tenants (code),
    collaboration_code       text not null references collaborations (code),
    title_ja                 text not null check (length(title_ja) between 1 and 200),
    title_en                 text not null check (length(title_en) between 1 and 200),
    definition               jsonb not null,
    deadline                 timestamptz not null,
    open_when_all_submitted  boolean not null,
    closed_at                timestamptz,
    closed_by                text,
    published_by             text not null,
    published_at             timestamptz not null
);

create index surveys_by_collaboration on surveys (collaboration_code, published_at);

call lg_enable_tenant_isolation('surveys');

revoke delete on surveys from ${appRole};

create policy members_read on surveys for select
    using (exists (select 1 from collaboration_members m
                   where m.collaboration_code = surveys.collaboration_code
                     and m.member_code = lg_current_tenant()));

create table survey_submissions (
    survey_id     uuid not null references surveys (id),
    tenant_code   varchar(6) not null references tenants (code),
    submitted_at  timestamptz not null,
    primary key (survey_id, tenant_code)
);

call lg_enable_tenant_isolation('survey_submissions');

revoke update, delete on survey_submissions from ${appRole};

create policy survey_readers on survey_submissions for select
    using (exists (select 1 from surveys s where s.id = survey_submissions.survey_id));

-- Whether the current tenant may read every member's answers to a survey it sees.
create function lg_survey_results_open(survey uuid) returns boolean
    language sql stable
    as $$
        select exists (
            select 1 from surveys s
            where s.id = survey
              and (s.tenant_code = lg_current_tenant()
                   or s.closed_at is not null
                   or s.deadline <= now()
                   or (s.open_when_all_submitted and not exists (
                           select 1 from collaboration_members m
                           where m.collaboration_code = s.collaboration_code
                             and not exists (select 1 from survey_submissions x
                                             where x.survey_id = s.id and x.tenant_code = m.member_code)))))
    $$;

grant execute on function lg_survey_results_open(uuid) to ${appRole};

create table survey_responses (
    survey_id          uuid not null references surveys (id),
    tenant_code        varchar(6) not null references tenants (code),
    lead_code          varchar(6) not null references tenants (code),
    answers            jsonb not null,
    via_spreadsheet    boolean not null,
    revision           int not null check (revision >= 1),
    submitted_by       text not null,
    submitted_by_name  text not null,
    submitted_at       timestamptz not null,
    updated_at         timestamptz not null,
    primary key (survey_id, tenant_code)
);

call lg_enable_tenant_isolation('survey_responses');

revoke delete on survey_responses from ${appRole};

create policy lead_reads on survey_responses for select
    using (lead_code = lg_current_tenant());

create policy members_read_when_open on survey_responses for select
    using (lg_survey_results_open(survey_id));

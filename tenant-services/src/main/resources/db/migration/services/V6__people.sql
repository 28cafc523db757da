-- People: everyone who has signed in, with the tenant they work for (issue 6). Messaging needs
-- them to resolve @mentions and direct conversations, the notification router to know who is in a
-- town. A row is written the first time a user calls the API and whenever their name, e-mail or
-- roles change (PeopleDirectory), together with a TenantPeople event of the whole tenant.

-- The sharing rule of collaborations, in one place: two tenants share a collaboration when each is
-- its lead or a member. Policies of tables shared across a collaboration use it.
create function lg_shares_collaboration(other varchar) returns boolean
    language sql stable
    as $$
        select other = lg_current_tenant() or exists (
            select 1
            from collaborations c
            where (c.lead_code = lg_current_tenant()
                   or exists (select 1 from collaboration_members m
                              where m.collaboration_code = c.code and m.member_code = lg_current_tenant()))
              and (c.lead_code = other
                   or exists (select 1 from collaboration_members m
                              where m.collaboration_code = c.code and m.member_code = other)))
    $$;

grant execute on function lg_shares_collaboration(varchar) to ${appRole};

create table people (
    user_id        text primary key,
    tenant_code    varchar(6) not null references tenants (code),
    username       text not null unique,
    display_name   text not null,
    email          text,
    roles          text[] not null,
    first_seen_at  timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);

create index people_by_tenant on people (tenant_code, username);

call lg_enable_tenant_isolation('people');

-- people of the towns I share a collaboration with: readable, never writable
create policy collaboration_peers on people for select
    using (lg_shares_collaboration(tenant_code));

-- Messaging between towns (issue 6): channels, their messages and the responses towns give.
--
-- Sharing rule: a channel and everything in it is visible to a tenant only if the tenant takes
-- part in the channel (a row in channel_tenants). VERTICAL and HORIZONTAL channels take part
-- whole tenants; TOPIC and DIRECT channels list the tenants of the collaboration or of the
-- participants here, and the service checks per-person membership (channel_members) on top.
-- Rows are written by the tenant they belong to (tenant_isolation); a channel's owner (the lead
-- for provisioned channels, the creator's tenant otherwise) manages who takes part.

create table channels (
    seq                 bigint generated always as identity unique,
    id                  uuid primary key,
    tenant_code         varchar(6) not null references tenants (code),
    kind                text not null check (kind in ('VERTICAL', 'HORIZONTAL', 'TOPIC', 'DIRECT')),
    collaboration_code  text not null references collaborations (code),
    subject_code        varchar(6) references tenants (code),
    name                text not null check (length(name) between 1 and 200),
    created_by          text not null,
    archived            boolean not null default false,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now(),
    constraint vertical_channels_name_their_town check ((kind = 'VERTICAL') = (subject_code is not null))
);

-- one horizontal channel per collaboration, one vertical channel per collaboration and town
create unique index channels_one_horizontal on channels (collaboration_code) where kind = 'HORIZONTAL';
create unique index channels_one_vertical on channels (collaboration_code, subject_code) where kind = 'VERTICAL';

create table channel_tenants (
    channel_id   uuid not null references channels (id) on delete cascade,
    tenant_code  varchar(6) not null references tenants (code),
    primary key (channel_id, tenant_code)
);

create index channel_tenants_by_tenant on channel_tenants (tenant_code);

-- Security definer: read channel_tenants and channels as their owner (RLS is not forced on
-- channel_tenants), so policies can ask without recursing into each other.
create function lg_takes_part(channel uuid) returns boolean
    language sql stable security definer set search_path from current
    as $$ select exists (select 1 from channel_tenants
                          where channel_id = channel and tenant_code = lg_current_tenant()) $$;

create function lg_owns_channel(channel uuid) returns boolean
    language sql stable security definer set search_path from current
    as $$ select exists (select 1 from channels where id = channel and tenant_code = lg_current_tenant()) $$;

grant execute on function lg_takes_part(uuid), lg_owns_channel(uuid) to ${appRole};

alter table channel_tenants enable row level security;
create policy participants_see_each_other on channel_tenants for select using (lg_takes_part(channel_id));
create policy owner_manages on channel_tenants using (lg_owns_channel(channel_id))
    with check (lg_owns_channel(channel_id));
grant select, insert, delete on channel_tenants to ${appRole};

call lg_enable_tenant_isolation('channels');
create policy participants on channels for select using (lg_takes_part(id));

-- Every table below carries its channel_id: participants of the channel read it, each tenant
-- writes only its own rows.
create procedure lg_share_with_channel(tbl regclass)
    language plpgsql
    as $$
begin
    call lg_enable_tenant_isolation(tbl);
    execute format('create policy participants on %s for select using (lg_takes_part(channel_id))', tbl);
    execute format('create policy only_participants_write on %s as restrictive for insert '
                   'with check (lg_takes_part(channel_id))', tbl);
end
$$;

create table channel_members (
    channel_id   uuid not null references channels (id) on delete cascade,
    user_id      text not null,
    tenant_code  varchar(6) not null references tenants (code),
    joined_at    timestamptz not null default now(),
    primary key (channel_id, user_id)
);

call lg_share_with_channel('channel_members');
create policy owner_manages on channel_members using (lg_owns_channel(channel_id))
    with check (lg_owns_channel(channel_id));

create table channel_reads (
    channel_id     uuid not null references channels (id) on delete cascade,
    user_id        text not null,
    tenant_code    varchar(6) not null references tenants (code),
    last_read_seq  bigint not null,
    read_at        timestamptz not null default now(),
    primary key (channel_id, user_id)
);

call lg_enable_tenant_isolation('channel_reads');

create table messages (
    seq                     bigint generated always as identity unique,
    id                      uuid primary key,
    channel_id              uuid not null references channels (id),
    tenant_code             varchar(6) not null references tenants (code),
    thread_root_id          uuid references messages (id),
    kind                    text not null check (kind in ('TEXT', 'ANNOUNCEMENT', 'INQUIRY', 'EVENT', 'ALERT')),
    author_user_id          text not null,
    author_username         text not null,
    author_name             text not null,
    text                    text check (char_length(text) between 1 and 10000),
    mentioned_user_ids      text[] not null default '{}',
    mentioned_tenant_codes  text[] not null default '{}',
    mentions_all            boolean not null default false,
    deadline                timestamptz,
    details                 jsonb,
    version                 int not null default 1,
    created_at              timestamptz not null default now(),
    edited_at               timestamptz,
    retracted_at            timestamptz,
    constraint retracted_messages_keep_no_text check ((retracted_at is null) = (text is not null))
);

create index messages_by_channel on messages (channel_id, seq);
create index messages_by_thread on messages (thread_root_id, seq) where thread_root_id is not null;

call lg_share_with_channel('messages');

-- earlier texts of an edited message, oldest first
create table message_versions (
    message_id   uuid not null references messages (id) on delete cascade,
    version      int not null,
    channel_id   uuid not null references channels (id),
    tenant_code  varchar(6) not null references tenants (code),
    text         text not null,
    written_at   timestamptz not null,
    primary key (message_id, version)
);

call lg_share_with_channel('message_versions');

create table message_reactions (
    message_id   uuid not null references messages (id) on delete cascade,
    user_id      text not null,
    emoji        text not null check (length(emoji) between 1 and 32),
    channel_id   uuid not null references channels (id),
    tenant_code  varchar(6) not null references tenants (code),
    reacted_at   timestamptz not null default now(),
    primary key (message_id, user_id, emoji)
);

call lg_share_with_channel('message_reactions');

-- Uploaded first (only the uploader's tenant sees it), then attached to a message when posted.
create table message_attachments (
    id            uuid primary key,
    tenant_code   varchar(6) not null references tenants (code),
    uploaded_by   text not null,
    channel_id    uuid references channels (id),
    message_id    uuid references messages (id) on delete cascade,
    filename      text not null check (length(filename) between 1 and 200),
    content_type  text not null,
    size_bytes    int not null check (size_bytes > 0),
    sha256        bytea not null check (length(sha256) = 32),
    content       bytea not null,
    uploaded_at   timestamptz not null default now()
);

create index message_attachments_by_message on message_attachments (message_id);

call lg_enable_tenant_isolation('message_attachments');
create policy participants on message_attachments for select
    using (channel_id is not null and lg_takes_part(channel_id));

create table message_acknowledgements (
    message_id       uuid not null references messages (id) on delete cascade,
    tenant_code      varchar(6) not null references tenants (code),
    channel_id       uuid not null references channels (id),
    user_id          text not null,
    acknowledged_at  timestamptz not null default now(),
    primary key (message_id, tenant_code)
);

call lg_share_with_channel('message_acknowledgements');

create table inquiry_answers (
    message_id   uuid not null references messages (id) on delete cascade,
    tenant_code  varchar(6) not null references tenants (code),
    channel_id   uuid not null references channels (id),
    user_id      text not null,
    answer       jsonb not null,
    answered_at  timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    primary key (message_id, tenant_code)
);

call lg_share_with_channel('inquiry_answers');

create table event_rsvps (
    seq          bigint generated always as identity unique,
    message_id   uuid not null references messages (id) on delete cascade,
    tenant_code  varchar(6) not null references tenants (code),
    channel_id   uuid not null references channels (id),
    user_id      text not null,
    username     text not null,
    status       text not null check (status in ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

create unique index event_rsvps_one_live_per_user on event_rsvps (message_id, user_id) where status <> 'CANCELLED';
create index event_rsvps_by_message on event_rsvps (message_id, seq);

call lg_share_with_channel('event_rsvps');
-- a cancellation in one town promotes the next waitlisted seat, which may be another town's
create policy participants_promote on event_rsvps for update
    using (lg_takes_part(channel_id)) with check (lg_takes_part(channel_id));

-- The towns a message with a deadline asks (announcement, inquiry), one row each: whether they
-- responded and whether their reminder went out. Read by the reminder job across tenants, so it
-- is not tenant-owned; it holds no content, only which town owes a response to which message.
create table message_audience (
    message_id    uuid not null references messages (id) on delete cascade,
    tenant_code   varchar(6) not null references tenants (code),
    channel_id    uuid not null references channels (id),
    kind          text not null,
    deadline      timestamptz not null,
    remind_at     timestamptz not null,
    responded_at  timestamptz,
    reminded_at   timestamptz,
    primary key (message_id, tenant_code)
);

create index message_audience_reminders_due on message_audience (remind_at)
    where responded_at is null and reminded_at is null;

grant select, insert, update on message_audience to ${appRole};

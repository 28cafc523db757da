-- Notifications (issue 6): preferences, the inbox with its live-stream order and e-mail state,
-- and webhooks with their delivery log.
--
-- Every table is tenant-owned: a person's preferences and notifications belong to the tenant they
-- work for, a webhook and its deliveries to the town that registered it. The delivery workers
-- (releasing notifications at the end of quiet hours, e-mail, webhook retries) look across
-- tenants for what is due; they say so with the transaction setting lg.worker = 'notifications',
-- the one sharing rule of these tables (policy notifications_worker).

create function lg_notifications_worker() returns boolean
    language sql stable
    as $$ select coalesce(current_setting('lg.worker', true), '') = 'notifications' $$;

grant execute on function lg_notifications_worker() to ${appRole};

create table notification_preferences (
    user_id         text primary key,
    tenant_code     varchar(6) not null references tenants (code),
    default_level   text not null check (default_level in ('ALL', 'MENTIONS', 'NONE')),
    channel_levels  jsonb not null default '{}',
    digest          text not null check (digest in ('NONE', 'HOURLY', 'DAILY')),
    email           boolean not null,
    quiet_start     time,
    quiet_end       time,
    updated_at      timestamptz not null default now(),
    check ((quiet_start is null) = (quiet_end is null))
);

call lg_enable_tenant_isolation('notification_preferences');

-- The order of the live stream: a notification gets its stream_seq when it may be pushed (at
-- once, or when the recipient's quiet hours end). Whoever assigns one first takes the
-- transaction-level advisory lock of the recipient (lg_lock_recipient), so for one person the
-- numbers are assigned in commit order and a stream resuming after one never misses an earlier.
create sequence notification_stream_seq;

create function lg_lock_recipient(user_id text) returns void
    language sql volatile
    as $$ select pg_advisory_xact_lock(7316, hashtext(user_id)) $$;

grant execute on function lg_lock_recipient(text) to ${appRole};

create table notifications (
    id                 uuid primary key,
    seq                bigint generated always as identity unique,
    tenant_code        varchar(6) not null,
    recipient_user_id  text not null,
    category           text not null,
    priority           text not null check (priority in ('NORMAL', 'CRITICAL')),
    title_ja           text not null,
    title_en           text not null,
    body               text not null,
    channel_id         uuid,
    message_id         uuid,
    subject_id         text,
    link               text,
    source_event_id    uuid not null,
    occurred_at        timestamptz not null,
    push_after         timestamptz,
    digest             text not null check (digest in ('NONE', 'HOURLY', 'DAILY')),
    created_at         timestamptz not null default now(),
    read_at            timestamptz,
    stream_seq         bigint unique,
    streamed_at        timestamptz,
    email_status       text not null check (email_status in ('PENDING', 'SENT', 'FAILED', 'EMAIL_OFF',
                                                            'NO_ADDRESS', 'NOT_CONFIGURED')),
    email_due_at       timestamptz,
    email_attempts     int not null default 0,
    emailed_at         timestamptz,
    email_detail       text
);

create index notifications_inbox on notifications (recipient_user_id, seq desc);
create index notifications_unread on notifications (recipient_user_id) where read_at is null;
create index notifications_stream on notifications (recipient_user_id, stream_seq) where stream_seq is not null;
create index notifications_held on notifications (push_after) where stream_seq is null;
create index notifications_email_due on notifications (email_due_at) where email_status = 'PENDING';
create index notifications_by_message on notifications (message_id) where message_id is not null;

call lg_enable_tenant_isolation('notifications');

create policy notifications_worker on notifications
    using (lg_notifications_worker()) with check (lg_notifications_worker());

grant usage on sequence notification_stream_seq to ${appRole};

create table webhooks (
    id                    uuid primary key,
    seq                   bigint generated always as identity unique,
    tenant_code           varchar(6) not null references tenants (code),
    url                   text not null check (length(url) between 1 and 2000),
    description           text check (length(description) <= 200),
    secret                text not null,
    active                boolean not null default true,
    consecutive_failures  int not null default 0,
    disabled_at           timestamptz,
    disabled_reason       text,
    created_by            text not null,
    created_at            timestamptz not null default now()
);

create index webhooks_active_by_tenant on webhooks (tenant_code) where active;

call lg_enable_tenant_isolation('webhooks');

create policy notifications_worker on webhooks
    using (lg_notifications_worker()) with check (lg_notifications_worker());

-- One delivery per webhook and source event (not per person): its id is the webhook-id header,
-- the same on every retry, so a receiver can recognise a repeat.
create table webhook_deliveries (
    id                uuid primary key,
    seq               bigint generated always as identity unique,
    webhook_id        uuid not null references webhooks (id) on delete cascade,
    tenant_code       varchar(6) not null,
    source_event_id   uuid not null,
    message_id        uuid,
    event_type        text not null,
    payload           text not null,
    status            text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          int not null default 0,
    next_attempt_at   timestamptz,
    last_attempt_at   timestamptz,
    last_status_code  int,
    last_error        text,
    delivered_at      timestamptz,
    created_at        timestamptz not null default now(),
    unique (webhook_id, source_event_id)
);

create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'PENDING';
create index webhook_deliveries_by_webhook on webhook_deliveries (webhook_id, seq desc);
create index webhook_deliveries_by_message on webhook_deliveries (message_id) where message_id is not null;

call lg_enable_tenant_isolation('webhook_deliveries');

create policy notifications_worker on webhook_deliveries
    using (lg_notifications_worker()) with check (lg_notifications_worker());

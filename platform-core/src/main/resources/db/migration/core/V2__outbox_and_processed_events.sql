-- The transactional outbox: a command writes its domain rows and its event here in one
-- transaction; the relay publishes pending rows to Kafka in id order and marks them sent.
create table outbox (
    id           bigserial primary key,
    topic        text not null,
    record_key   text not null,
    payload      bytea not null,
    event_id     uuid not null unique,
    tenant_code  varchar(6),
    created_at   timestamptz not null default now(),
    sent_at      timestamptz
);

create index outbox_pending on outbox (id) where sent_at is null;
create index outbox_sent on outbox (sent_at) where sent_at is not null;

-- What each consumer has already applied, written in the same transaction as the effect, so a
-- redelivered event is recognised and skipped.
create table processed_events (
    consumer      text not null,
    event_id      uuid not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

grant select, insert, update, delete on outbox to ${appRole};
grant usage on sequence outbox_id_seq to ${appRole};
grant select, insert, delete on processed_events to ${appRole};

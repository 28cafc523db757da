-- Idempotency-Key on commands: the first response to a (user, key) is kept for a day, and a retry
-- of the same request gets that response again instead of running the command twice.
create table idempotency_keys (
    user_id          text not null,
    idempotency_key  text not null,
    fingerprint      text not null,             -- SHA-256 of method, path, query and body
    status           int,                       -- null while the first request runs
    content_type     text,
    location         text,
    body             bytea,
    created_at       timestamptz not null default now(),
    completed_at     timestamptz,
    primary key (user_id, idempotency_key)
);

create index idempotency_keys_by_age on idempotency_keys (created_at);

grant select, insert, update, delete on idempotency_keys to ${appRole};

-- An idempotency key keeps the whole response of a command, which can hold personal data (an
-- application form entered at the counter), so its row belongs to the caller's tenant like every
-- other tenant-owned row. Only the hourly pruner looks across tenants, and only to delete
-- expired keys: it says so with the transaction setting lg.worker = 'idempotency-pruner'.
delete from idempotency_keys;
alter table idempotency_keys add column tenant_code varchar(6) not null;

call lg_enable_tenant_isolation('idempotency_keys');

create function lg_idempotency_pruner() returns boolean
    language sql stable
    as $$ select coalesce(current_setting('lg.worker', true), '') = 'idempotency-pruner' $$;

grant execute on function lg_idempotency_pruner() to ${appRole};

create policy idempotency_pruner_reads on idempotency_keys for select using (lg_idempotency_pruner());
create policy idempotency_pruner_deletes on idempotency_keys for delete using (lg_idempotency_pruner());

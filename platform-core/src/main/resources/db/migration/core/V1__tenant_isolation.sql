-- Tenant isolation for every tenant-owned table, defined once.
--
-- The application connects as ${appRole}, which owns no table, so row-level security applies to
-- it. Each transaction that touches tenant data sets lg.tenant_code (TenantTransactions); the
-- policy below then shows and accepts only that tenant's rows. Without the setting, no row.

create function lg_current_tenant() returns text
    language sql stable
    as $$ select nullif(current_setting('lg.tenant_code', true), '') $$;

-- Call once for each tenant-owned table (it must have a tenant_code column) in the migration that
-- creates it. Sharing across tenants is added as further policies here, in this same place.
create procedure lg_enable_tenant_isolation(tbl regclass)
    language plpgsql
    as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy tenant_isolation on %s using (tenant_code = lg_current_tenant()) '
                   'with check (tenant_code = lg_current_tenant())', tbl);
    execute format('grant select, insert, update, delete on %s to ${appRole}', tbl);
end
$$;

grant execute on function lg_current_tenant() to ${appRole};

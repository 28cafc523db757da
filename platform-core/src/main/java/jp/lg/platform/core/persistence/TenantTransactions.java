package jp.lg.platform.core.persistence;

import jp.lg.platform.core.tenancy.LgCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * The one way to touch tenant-owned tables: a transaction in which PostgreSQL row-level security
 * sees exactly one tenant. The tenant is set with {@code set_config(..., true)}, so it ends with
 * the transaction and never leaks to the next user of a pooled connection. Outside such a
 * transaction the policies of tenant-owned tables match no row at all.
 */
public final class TenantTransactions {

    /** The PostgreSQL setting the row-level security policies read (see migration V1 of core). */
    public static final String TENANT_SETTING = "lg.tenant_code";

    private final Jdbi jdbi;

    public TenantTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Runs {@code work} in one transaction that sees only {@code tenant}'s rows. */
    public <R, X extends Exception> R inTenant(LgCode tenant, HandleCallback<R, X> work) throws X {
        return jdbi.inTransaction(handle -> {
            enter(handle, tenant);
            return work.withHandle(handle);
        });
    }

    /** Sets the tenant of the transaction {@code handle} is in. */
    public static void enter(Handle handle, LgCode tenant) {
        handle.createQuery("select set_config(:setting, :tenant, true)")
                .bind("setting", TENANT_SETTING)
                .bind("tenant", tenant.value())
                .mapTo(String.class)
                .one();
    }
}

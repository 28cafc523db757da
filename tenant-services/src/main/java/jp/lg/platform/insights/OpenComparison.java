package jp.lg.platform.insights;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import org.jdbi.v3.core.Jdbi;

/**
 * Towns' opt-in to open comparison (比較への実名参加): a town's coordinator or analyst decides for the
 * town, written under its own tenant; everyone may read who opted in, since that decides names.
 */
final class OpenComparison {

    private final Jdbi jdbi;
    private final TenantTransactions transactions;

    OpenComparison(Jdbi jdbi, TenantTransactions transactions) {
        this.jdbi = jdbi;
        this.transactions = transactions;
    }

    /** The LG codes of the towns that opted in. */
    Set<String> openTowns() {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("select tenant_code from open_comparison where open")
                .mapTo(String.class).list()));
    }

    OpenComparisonView set(LgPrincipal caller, LgCode town, boolean open) {
        return transactions.inTenant(town, h -> h.createQuery("insert into open_comparison (tenant_code, open, changed_by)"
                        + " values (:town, :open, :by) on conflict (tenant_code) do update set open = excluded.open,"
                        + " changed_by = excluded.changed_by, changed_at = now() returning changed_at")
                .bind("town", town.value()).bind("open", open).bind("by", caller.username())
                .map((rs, ctx) -> new OpenComparisonView(town.value(), open,
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .one());
    }

    OpenComparisonView get(LgCode town) {
        return transactions.inTenant(town, h -> h.createQuery("select open, changed_at from open_comparison"
                        + " where tenant_code = :town")
                .bind("town", town.value())
                .map((rs, ctx) -> new OpenComparisonView(town.value(), rs.getBoolean("open"),
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
                .findOne().orElse(new OpenComparisonView(town.value(), false, null)));
    }

    /** Whether a town is named to other towns' analysts; {@code changedAt} null when never set. */
    record OpenComparisonView(String municipalityCode, boolean open, Instant changedAt) {}

    /** The body of PUT /api/v1/metrics/open-comparison. */
    record OpenComparisonInput(@jakarta.validation.constraints.NotNull Boolean open) {}
}

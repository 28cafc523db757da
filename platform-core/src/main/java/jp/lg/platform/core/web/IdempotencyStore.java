package jp.lg.platform.core.web;

import java.time.Duration;
import java.util.Optional;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The responses kept for {@code Idempotency-Key}s, one row per user and key. A row is claimed
 * before the command runs (so a concurrent retry sees it in progress), completed with the response,
 * or released when the command failed on the server side so that a retry runs it again. Rows are
 * tenant-owned (they keep whole responses): every statement runs inside the caller's tenant.
 */
public final class IdempotencyStore {

    /** What a claim found. */
    public sealed interface Claim {}

    /** The key is new (or its first request died): run the command. */
    public record Run() implements Claim {}

    /** The same request is still running. */
    public record InProgress() implements Claim {}

    /** The key was used for a different request. */
    public record Mismatch() implements Claim {}

    /** The same request completed: give its response again. */
    public record Replay(int status, Optional<String> contentType, Optional<String> location, byte[] body)
            implements Claim {}

    private final Jdbi jdbi;
    private final TenantTransactions transactions;
    private final Duration abandonedAfter;

    /** A claim in progress for longer than {@code abandonedAfter} is taken to be dead and may be taken over. */
    public IdempotencyStore(Jdbi jdbi, Duration abandonedAfter) {
        this.jdbi = jdbi;
        this.transactions = new TenantTransactions(jdbi);
        this.abandonedAfter = abandonedAfter;
    }

    public Claim claim(LgCode tenant, String userId, String key, String fingerprint) {
        // a row released or pruned between the insert and the read is simply claimed again
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Claim> claim = transactions.inTenant(tenant, h -> tryClaim(h, tenant, userId, key, fingerprint));
            if (claim.isPresent()) {
                return claim.get();
            }
        }
        return new InProgress();
    }

    private Optional<Claim> tryClaim(Handle h, LgCode tenant, String userId, String key, String fingerprint) {
        int inserted = h.createUpdate("""
                insert into idempotency_keys (tenant_code, user_id, idempotency_key, fingerprint)
                values (:tenant, :user, :key, :fingerprint)
                on conflict do nothing""")
                .bind("tenant", tenant.value()).bind("user", userId).bind("key", key).bind("fingerprint", fingerprint)
                .execute();
        if (inserted == 1) {
            return Optional.of(new Run());
        }
        Optional<Claim> existing = h.createQuery("""
                select fingerprint, status, content_type, location, body,
                       status is null and created_at < now() - make_interval(secs => :abandoned) as abandoned
                from idempotency_keys where user_id = :user and idempotency_key = :key for update""")
                .bind("user", userId).bind("key", key).bind("abandoned", (double) abandonedAfter.toSeconds())
                .map((rs, ctx) -> {
                    if (!rs.getString("fingerprint").equals(fingerprint)) {
                        return (Claim) new Mismatch();
                    }
                    if (rs.getObject("status") != null) {
                        return new Replay(rs.getInt("status"), Optional.ofNullable(rs.getString("content_type")),
                                Optional.ofNullable(rs.getString("location")), rs.getBytes("body"));
                    }
                    return rs.getBoolean("abandoned") ? new Run() : new InProgress();
                })
                .findOne();
        if (existing.filter(Run.class::isInstance).isPresent()) {
            h.createUpdate("update idempotency_keys set created_at = now() where user_id = :user and idempotency_key = :key")
                    .bind("user", userId).bind("key", key).execute();
        }
        return existing;
    }

    public void complete(LgCode tenant, String userId, String key, int status, Optional<String> contentType,
            Optional<String> location, byte[] body) {
        transactions.inTenant(tenant, h -> h.createUpdate("""
                update idempotency_keys
                set status = :status, content_type = :contentType, location = :location, body = :body, completed_at = now()
                where user_id = :user and idempotency_key = :key""")
                .bind("status", status).bind("contentType", contentType.orElse(null)).bind("location", location.orElse(null))
                .bind("body", body).bind("user", userId).bind("key", key).execute());
    }

    /** Forgets a claim whose command failed on the server side, so that a retry runs it again. */
    public void release(LgCode tenant, String userId, String key) {
        transactions.inTenant(tenant, h -> h.createUpdate("delete from idempotency_keys where user_id = :user and idempotency_key = :key "
                + "and status is null").bind("user", userId).bind("key", key).execute());
    }

    /** Deletes keys older than {@code retention}, of every tenant; returns how many. */
    public int prune(Duration retention) {
        return jdbi.inTransaction(h -> {
            h.createQuery("select set_config('lg.worker', 'idempotency-pruner', true)").mapTo(String.class).one();
            return h.createUpdate("delete from idempotency_keys where created_at < now() - make_interval(secs => :retention)")
                    .bind("retention", (double) retention.toSeconds()).execute();
        });
    }
}

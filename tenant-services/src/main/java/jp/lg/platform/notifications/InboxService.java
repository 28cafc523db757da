package jp.lg.platform.notifications;

import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.web.ProblemException;

/** A person's inbox: their notifications only, inside their tenant; anyone else's is not found. */
public final class InboxService {

    private final TenantTransactions transactions;

    InboxService(TenantTransactions transactions) {
        this.transactions = transactions;
    }

    /** Up to {@code limit} notifications older than {@code beforeSeq} (0: from the newest), newest first. */
    public List<Notification> page(LgPrincipal caller, boolean unreadOnly, long beforeSeq, int limit) {
        return transactions.inTenant(Recipients.tenantOf(caller), h -> h.createQuery("select " + Notification.COLUMNS
                        + " from notifications where recipient_user_id = :me and (:before = 0 or seq < :before)"
                        + (unreadOnly ? " and read_at is null" : "") + " order by seq desc limit :limit")
                .bind("me", caller.userId())
                .bind("before", beforeSeq)
                .bind("limit", limit)
                .map(Notification::map)
                .list());
    }

    public long unreadCount(LgPrincipal caller) {
        return transactions.inTenant(Recipients.tenantOf(caller), h -> h.createQuery(
                        "select count(*) from notifications where recipient_user_id = :me and read_at is null")
                .bind("me", caller.userId())
                .mapTo(Long.class)
                .one());
    }

    /** Marks one of the caller's notifications read (once: a second call keeps the first time). */
    public Notification markRead(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Recipients.tenantOf(caller), h -> h.createQuery("update notifications"
                        + " set read_at = coalesce(read_at, now()) where id = :id and recipient_user_id = :me returning "
                        + Notification.COLUMNS)
                .bind("id", id)
                .bind("me", caller.userId())
                .map(Notification::map)
                .findOne())
                .orElseThrow(() -> ProblemException.notFound("You have no notification " + id + "."));
    }
}

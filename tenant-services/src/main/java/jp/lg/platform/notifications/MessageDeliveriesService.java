package jp.lg.platform.notifications;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import org.jdbi.v3.core.Handle;

/**
 * The delivery status of a message for someone who can see it: the message must be visible in the
 * caller's tenant (messaging's row-level security shows a message only to tenants that take part
 * in its channel), else it is not found. Then every recipient is shown, across the channel's
 * towns (the delivery workers' view of notifications), but only the caller's own town's webhooks.
 */
public final class MessageDeliveriesService {

    private final TenantTransactions transactions;
    private final Clock clock;

    MessageDeliveriesService(TenantTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    public MessageDeliveries of(LgPrincipal caller, UUID messageId) {
        LgCode tenant = Recipients.tenantOf(caller);
        return transactions.inTenant(tenant, h -> {
            if (h.createQuery("select count(*) from messages where id = :m").bind("m", messageId).mapTo(Long.class).one() == 0) {
                throw ProblemException.notFound("You cannot see a message " + messageId + ".");
            }
            List<MessageDeliveries.WebhookStatus> webhooks = webhooks(h, messageId);
            Workers.enter(h);
            List<Notification> notifications = h.createQuery("select " + Notification.COLUMNS + " from notifications"
                            + " where message_id = :m order by recipient_user_id, seq")
                    .bind("m", messageId).map(Notification::map).list();
            List<MessageDeliveries.Recipient> recipients = notifications.stream().map(n ->
                    new MessageDeliveries.Recipient(n.recipientUserId(), displayName(h, n.recipientUserId()), n.tenantCode(),
                            n.id(), n.category(), n.priority(), MessageDeliveries.channelsOf(n, clock.instant()))).toList();
            return new MessageDeliveries(messageId, recipients, webhooks);
        });
    }

    private static List<MessageDeliveries.WebhookStatus> webhooks(Handle h, UUID messageId) {
        return h.createQuery("select d.id, d.webhook_id, w.url, d.status, d.attempts, d.delivered_at, d.last_error,"
                        + " d.last_status_code from webhook_deliveries d join webhooks w on w.id = d.webhook_id"
                        + " where d.message_id = :m order by d.seq")
                .bind("m", messageId)
                .map((rs, ctx) -> new MessageDeliveries.WebhookStatus(rs.getObject("webhook_id", UUID.class),
                        rs.getString("url"), rs.getObject("id", UUID.class), rs.getString("status"), rs.getInt("attempts"),
                        NotificationView.tokyo(Webhook.instant(rs.getTimestamp("delivered_at"))),
                        "DELIVERED".equals(rs.getString("status")) ? null : reason(rs.getString("last_error"),
                                rs.getObject("last_status_code", Integer.class))))
                .list();
    }

    private static String displayName(Handle h, String userId) {
        return h.createQuery("select display_name from people where user_id = :u").bind("u", userId)
                .mapTo(String.class).findOne().orElse(null);
    }

    private static String reason(String error, Integer status) {
        if (status != null) {
            return "last answer HTTP " + status + (error == null ? "" : ": " + error);
        }
        return error == null ? "not attempted yet / 未送信" : error;
    }
}

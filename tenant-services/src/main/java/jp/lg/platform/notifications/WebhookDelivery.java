package jp.lg.platform.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** One source event for one webhook: its attempts so far and how it ended. */
record WebhookDelivery(UUID id, long seq, UUID webhookId, String tenantCode, UUID sourceEventId, UUID messageId,
        String eventType, String payload, String status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
        Integer lastStatusCode, String lastError, Instant deliveredAt, Instant createdAt) {

    static final String COLUMNS = "id, seq, webhook_id, tenant_code, source_event_id, message_id, event_type, payload,"
            + " status, attempts, next_attempt_at, last_attempt_at, last_status_code, last_error, delivered_at, created_at";

    static WebhookDelivery map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new WebhookDelivery(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getObject("webhook_id", UUID.class),
                rs.getString("tenant_code"), rs.getObject("source_event_id", UUID.class), rs.getObject("message_id", UUID.class),
                rs.getString("event_type"), rs.getString("payload"), rs.getString("status"), rs.getInt("attempts"),
                Webhook.instant(rs.getTimestamp("next_attempt_at")), Webhook.instant(rs.getTimestamp("last_attempt_at")),
                rs.getObject("last_status_code", Integer.class), rs.getString("last_error"),
                Webhook.instant(rs.getTimestamp("delivered_at")), Webhook.instant(rs.getTimestamp("created_at")));
    }
}

package jp.lg.platform.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/** A town's webhook (Webhook 連携): where its notifications are posted, signed with {@code secret}. */
record Webhook(UUID id, long seq, String tenantCode, String url, String description, String secret, boolean active,
        int consecutiveFailures, Instant disabledAt, String disabledReason, String createdBy, Instant createdAt) {

    static final String COLUMNS = "id, seq, tenant_code, url, description, secret, active, consecutive_failures,"
            + " disabled_at, disabled_reason, created_by, created_at";

    static Webhook map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Webhook(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getString("tenant_code"),
                rs.getString("url"), rs.getString("description"), rs.getString("secret"), rs.getBoolean("active"),
                rs.getInt("consecutive_failures"), instant(rs.getTimestamp("disabled_at")), rs.getString("disabled_reason"),
                rs.getString("created_by"), instant(rs.getTimestamp("created_at")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}

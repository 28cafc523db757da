package jp.lg.platform.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * One notification in a person's inbox (受信箱). {@code streamSeq} is its place in the person's
 * live stream, null while it is held back by quiet hours ({@code pushAfter}).
 */
public record Notification(UUID id, long seq, String tenantCode, String recipientUserId, String category,
        String priority, String titleJa, String titleEn, String body, UUID channelId, UUID messageId, String subjectId,
        String link, Instant occurredAt, Instant createdAt, Instant pushAfter, Instant readAt, Long streamSeq,
        Instant streamedAt, String emailStatus, Instant emailDueAt, Instant emailedAt, String emailDetail, String digest) {

    /** The columns {@link #map} reads. */
    /** Records when the notifications {@code :ids} were first streamed (a later stream changes nothing). */
    static final String MARK_STREAMED = "update notifications set streamed_at = now() where id = any(:ids)"
            + " and streamed_at is null";

    static final String COLUMNS = "id, seq, tenant_code, recipient_user_id, category, priority, title_ja, title_en, body,"
            + " channel_id, message_id, subject_id, link, occurred_at, created_at, push_after, read_at, stream_seq,"
            + " streamed_at, email_status, email_due_at, emailed_at, email_detail, digest";

    static Notification map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Notification(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getString("tenant_code"),
                rs.getString("recipient_user_id"), rs.getString("category"), rs.getString("priority"),
                rs.getString("title_ja"), rs.getString("title_en"), rs.getString("body"),
                rs.getObject("channel_id", UUID.class), rs.getObject("message_id", UUID.class), rs.getString("subject_id"),
                rs.getString("link"), instant(rs, "occurred_at"), instant(rs, "created_at"), instant(rs, "push_after"),
                instant(rs, "read_at"), rs.getObject("stream_seq", Long.class), instant(rs, "streamed_at"),
                rs.getString("email_status"), instant(rs, "email_due_at"), instant(rs, "emailed_at"),
                rs.getString("email_detail"), rs.getString("digest"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

package jp.lg.platform.messaging;

import java.time.Instant;
import java.util.UUID;

/** A channel in a caller's list, with their unread messages and the mentions of them among those. */
public record ChannelSummary(UUID id, long seq, String kind, String collaborationCode, String subjectCode,
        String tenantCode, String name, boolean archived, Instant createdAt, long unread, long mentions) {
}

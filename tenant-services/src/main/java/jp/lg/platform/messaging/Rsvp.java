package jp.lg.platform.messaging;

import java.time.Instant;
import java.util.UUID;

/** One person's RSVP to a seminar: CONFIRMED (has a seat), WAITLISTED (in {@code seq} order) or CANCELLED. */
public record Rsvp(long seq, UUID messageId, String tenantCode, String userId, String username, String status,
        Instant createdAt, Instant updatedAt) {
}

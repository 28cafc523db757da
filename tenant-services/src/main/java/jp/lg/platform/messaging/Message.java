package jp.lg.platform.messaging;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of {@code messages}. {@code text} is null once retracted (a tombstone); {@code details}
 * is the kind's settings as JSON (inquiry fields, seminar), null for other kinds.
 */
public record Message(UUID id, long seq, UUID channelId, String tenantCode, UUID threadRootId, String kind,
        String authorUserId, String authorUsername, String authorName, String text, String[] mentionedUserIds,
        String[] mentionedTenantCodes, boolean mentionsAll, Instant deadline, String details, int version,
        Instant createdAt, Instant editedAt, Instant retractedAt) {

    public MessageKind messageKind() {
        return MessageKind.valueOf(kind);
    }

    public boolean retracted() {
        return retractedAt != null;
    }

    public Optional<Instant> deadlineAt() {
        return Optional.ofNullable(deadline);
    }

    public Mentions mentions() {
        return new Mentions(Arrays.asList(mentionedUserIds), Arrays.asList(mentionedTenantCodes), mentionsAll,
                List.of());
    }
}

package jp.lg.platform.messaging;

import java.time.Instant;
import java.util.UUID;

/** A file's description (not its bytes): who uploaded it, to which message it belongs once posted, its SHA-256. */
public record Attachment(UUID id, String tenantCode, String uploadedBy, UUID channelId, UUID messageId, String filename,
        String contentType, int sizeBytes, byte[] sha256, Instant uploadedAt) {
}

package jp.lg.platform.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One row of {@code channels}, before its tenants and members are read. */
public record ChannelRow(UUID id, long seq, String kind, String collaborationCode, String subjectCode,
        String tenantCode, String name, boolean archived, Instant createdAt) {

    Channel with(List<String> tenantCodes, List<String> userIds) {
        return new Channel(id, seq, ChannelKind.valueOf(kind), collaborationCode, Optional.ofNullable(subjectCode),
                tenantCode, name, archived, createdAt, tenantCodes, userIds);
    }
}

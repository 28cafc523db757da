package jp.lg.platform.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A channel with who takes part: {@code tenantCodes} are the tenants whose rows may see it, and for
 * TOPIC and DIRECT channels {@code userIds} are its members one by one. {@code ownerCode} manages
 * it (the lead for provisioned channels, the creator's tenant otherwise); {@code subjectCode} is the
 * town of a VERTICAL channel.
 */
public record Channel(UUID id, long seq, ChannelKind kind, String collaborationCode, Optional<String> subjectCode,
        String ownerCode, String name, boolean archived, Instant createdAt, List<String> tenantCodes,
        List<String> userIds) {

    public Channel {
        tenantCodes = List.copyOf(tenantCodes);
        userIds = List.copyOf(userIds);
    }

    /** Whether {@code userId} of {@code tenant} is in the channel (a whole-tenant member or a named one). */
    public boolean hasMember(String tenant, String userId) {
        return kind.isProvisioned() ? tenantCodes.contains(tenant) : userIds.contains(userId);
    }

    Channel with(String newName, boolean newArchived, List<String> newTenants, List<String> newUsers) {
        return new Channel(id, seq, kind, collaborationCode, subjectCode, ownerCode, newName, newArchived, createdAt,
                newTenants, newUsers);
    }
}

package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of a tenant's directory entry (台帳の変更履歴), as the history read model keeps it. */
@Schema(name = "TenantHistoryEntry", description = "A registration or update of a tenant, from lg.directory.tenants")
public record TenantHistoryEntry(
        @Schema(description = "Position in the history; higher is newer") long seq,
        UUID eventId,
        @Schema(example = "382060") String tenantCode,
        @Schema(allowableValues = {"registered", "updated"}) String kind,
        @Schema(description = "Fields an update changed; empty for a registration", example = "[\"population\"]")
        List<String> changedFields,
        @Schema(description = "Keycloak user id of whoever made the change, or 'system'") String actor,
        Instant occurredAt,
        @Schema(description = "When the history recorded the event") Instant recordedAt) {}

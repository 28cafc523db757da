package jp.lg.platform.core.events;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.events.EventMetadata;

/** Builds event envelopes: a fresh event id, the time, the tenant and the actor. */
public final class EventMetadataFactory {

    /** Actor of changes the platform makes by itself (imports, schedulers). */
    public static final String SYSTEM = "system";

    private final Clock clock;

    public EventMetadataFactory(Clock clock) {
        this.clock = clock;
    }

    /** An envelope for a change made by {@code actor} (a Keycloak user id or {@link #SYSTEM}). */
    public EventMetadata create(Optional<String> tenantCode, String actor, String correlationId) {
        return EventMetadata.newBuilder()
                .setEventId(UUID.randomUUID())
                .setOccurredAt(clock.instant())
                .setTenantCode(tenantCode.orElse(null))
                .setActor(actor)
                .setCorrelationId(correlationId)
                .setCausationId(null)
                .build();
    }

    /** An envelope for a change made by the signed-in {@code principal}. */
    public EventMetadata byUser(LgPrincipal principal, Optional<String> tenantCode, String correlationId) {
        return create(tenantCode, principal.userId(), correlationId);
    }
}

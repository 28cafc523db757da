package jp.lg.platform.directory;

import java.time.ZoneOffset;
import java.util.List;
import jp.lg.platform.core.events.consumer.ConsumedEvent;
import jp.lg.platform.core.events.consumer.EventHandler;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.directory.TenantRegistered;
import jp.lg.platform.events.directory.TenantUpdated;
import org.apache.avro.specific.SpecificRecord;
import org.jdbi.v3.core.Handle;

/**
 * Projects {@code lg.directory.tenants} into {@code tenant_history}: one row per registration or
 * update. Any other event type on the topic is a defect and is dead-lettered (not retried).
 */
public final class TenantHistoryProjector implements EventHandler<SpecificRecord> {

    @Override
    public void handle(Handle handle, ConsumedEvent<SpecificRecord> event) {
        EventMetadata meta = event.metadata();
        if (event.value() instanceof TenantRegistered registered) {
            insert(handle, meta, registered.getTenant().getCode(), "registered", List.of());
        } else if (event.value() instanceof TenantUpdated updated) {
            insert(handle, meta, updated.getTenant().getCode(), "updated", updated.getChangedFields());
        } else {
            throw new IllegalArgumentException("lg.directory.tenants carries TenantRegistered and TenantUpdated, not "
                    + event.value().getSchema().getFullName());
        }
    }

    /** A plain statement rather than a SQL object: attaching one per event would cost more than the insert. */
    private static void insert(Handle handle, EventMetadata meta, String tenantCode, String kind,
            List<String> changedFields) {
        handle.createUpdate("insert into tenant_history (event_id, tenant_code, kind, changed_fields, actor, occurred_at)"
                        + " values (:eventId, :code, :kind, cast(:changedFields as text[]), :actor, :occurredAt)")
                .bind("eventId", meta.getEventId())
                .bind("code", tenantCode)
                .bind("kind", kind)
                .bind("changedFields", changedFields.toArray(String[]::new))
                .bind("actor", meta.getActor())
                .bind("occurredAt", meta.getOccurredAt().atOffset(ZoneOffset.UTC))
                .execute();
    }
}

package jp.lg.platform.directory;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
        TenantHistoryDao history = handle.attach(TenantHistoryDao.class);
        EventMetadata meta = event.metadata();
        OffsetDateTime occurredAt = meta.getOccurredAt().atOffset(ZoneOffset.UTC);
        if (event.value() instanceof TenantRegistered registered) {
            history.insert(meta.getEventId(), registered.getTenant().getCode(), "registered", new String[0],
                    meta.getActor(), occurredAt);
        } else if (event.value() instanceof TenantUpdated updated) {
            history.insert(meta.getEventId(), updated.getTenant().getCode(), "updated",
                    updated.getChangedFields().toArray(String[]::new), meta.getActor(), occurredAt);
        } else {
            throw new IllegalArgumentException("lg.directory.tenants carries TenantRegistered and TenantUpdated, not "
                    + event.value().getSchema().getFullName());
        }
    }
}

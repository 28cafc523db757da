package jp.lg.platform.core.events.consumer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code processed_events} table of one consumer: applies an event's effect in the same
 * transaction that records its id, so a redelivered event is recognised and skipped.
 */
final class ProcessedEvents<V> implements RecordProcessor.Apply<V> {

    private final Jdbi jdbi;
    private final String consumer;
    private final EventHandler<V> handler;

    ProcessedEvents(Jdbi jdbi, String consumer, EventHandler<V> handler) {
        this.jdbi = jdbi;
        this.consumer = consumer;
        this.handler = handler;
    }

    @Override
    public boolean once(ConsumedEvent<V> event) {
        return jdbi.inTransaction(handle -> applyIn(handle, event));
    }

    /**
     * Records every id in one statement and hands the events not seen before to the handler
     * together; an id twice in the list counts once, at its first place.
     */
    @Override
    public List<Boolean> all(List<ConsumedEvent<V>> events) {
        return jdbi.inTransaction(handle -> {
            List<UUID> ids = new ArrayList<>(events.size());
            for (ConsumedEvent<V> event : events) {
                ids.add(event.metadata().getEventId());
            }
            Set<UUID> recorded = new HashSet<>(handle.createQuery("insert into processed_events (consumer, event_id)"
                            + " select :consumer, id from unnest(:ids) as t(id) on conflict do nothing returning event_id")
                    .bind("consumer", consumer)
                    .bindArray("ids", UUID.class, ids)
                    .mapTo(UUID.class)
                    .list());
            List<Boolean> applied = new ArrayList<>(events.size());
            List<ConsumedEvent<V>> fresh = new ArrayList<>(recorded.size());
            for (ConsumedEvent<V> event : events) {
                boolean first = recorded.remove(event.metadata().getEventId());
                applied.add(first);
                if (first) {
                    fresh.add(event);
                }
            }
            if (!fresh.isEmpty()) {
                handler.handleAll(handle, fresh);
            }
            return applied;
        });
    }

    private boolean applyIn(Handle handle, ConsumedEvent<V> event) {
        int recorded = handle.createUpdate("insert into processed_events (consumer, event_id)"
                        + " values (:consumer, :eventId) on conflict do nothing")
                .bind("consumer", consumer)
                .bind("eventId", event.metadata().getEventId())
                .execute();
        if (recorded == 0) {
            return false;
        }
        handler.handle(handle, event);
        return true;
    }
}

package jp.lg.platform.core.events.consumer;

import java.util.ArrayList;
import java.util.List;
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

    @Override
    public List<Boolean> all(List<ConsumedEvent<V>> events) {
        return jdbi.inTransaction(handle -> {
            List<Boolean> applied = new ArrayList<>(events.size());
            for (ConsumedEvent<V> event : events) {
                applied.add(applyIn(handle, event));
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

package jp.lg.platform.core.events.consumer;

import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * What a feature does with events, e.g. project them into a read model. It runs inside the
 * consumer's PostgreSQL transaction, the same one that records the event ids in
 * {@code processed_events}, so its effect is applied exactly once; write through {@code handle}
 * only. Throwing rolls the transaction back: the events are retried one by one, then
 * dead-lettered (see {@link RetryPolicy} for which exceptions are not retried).
 */
@FunctionalInterface
public interface EventHandler<V> {

    void handle(Handle handle, ConsumedEvent<V> event);

    /**
     * Several events of one poll, in order, none of them applied before: by default one by one. A
     * handler that writes one row per event can override this to write them all in a few
     * statements; it must have the same effect as handling each in turn.
     */
    default void handleAll(Handle handle, List<ConsumedEvent<V>> events) {
        for (ConsumedEvent<V> event : events) {
            handle(handle, event);
        }
    }
}

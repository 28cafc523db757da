package jp.lg.platform.core.events.consumer;

import org.jdbi.v3.core.Handle;

/**
 * What a feature does with one event, e.g. project it into a read model. It runs inside the
 * consumer's PostgreSQL transaction, the same one that records the event id in
 * {@code processed_events}, so its effect is applied exactly once; write through {@code handle}
 * only. Throwing rolls the transaction back: the event is retried, then dead-lettered (see
 * {@link RetryPolicy} for which exceptions are not retried).
 */
@FunctionalInterface
public interface EventHandler<V> {

    void handle(Handle handle, ConsumedEvent<V> event);
}

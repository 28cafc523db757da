package jp.lg.platform.core.events.consumer;

import jp.lg.platform.events.EventMetadata;

/**
 * One decoded event as a consumer received it: its key and value, its envelope, and where it was
 * read from. {@code key} may be null if the producer sent none.
 */
public record ConsumedEvent<V>(String key, V value, EventMetadata metadata, String topic, int partition, long offset) {}

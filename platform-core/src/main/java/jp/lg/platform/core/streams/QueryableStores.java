package jp.lg.platform.core.streams;

import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Read-only access to the key-value stores of a topology, by store name. Implemented by
 * {@link StreamsRuntime}; tests can pass {@code TopologyTestDriver::getKeyValueStore}.
 */
@FunctionalInterface
public interface QueryableStores {

    /**
     * The store named {@code name}. Never null; throws
     * {@link jp.lg.platform.core.web.ProblemException} (service unavailable) when the store cannot
     * be read yet.
     */
    <K, V> ReadOnlyKeyValueStore<K, V> keyValueStore(String name);
}

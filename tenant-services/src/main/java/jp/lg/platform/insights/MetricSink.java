package jp.lg.platform.insights;

/**
 * Where the topology puts each cell's latest figures. Writes must be idempotent upserts of the whole
 * cell: Streams may hand the same state over again after a restart, and a later state replaces an
 * earlier one of the same key. Called on a stream thread.
 */
@FunctionalInterface
interface MetricSink {

    void write(CellKey key, Cell cell);
}

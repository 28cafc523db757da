package jp.lg.platform.insights;

import java.util.List;
import jp.lg.platform.core.events.Topic;
import org.apache.kafka.common.serialization.Serdes;

/** The topics of insights. */
public final class InsightsTopics {

    /**
     * Each metric cell's latest figures, keyed by {@link CellKey}: written by the insights topology in its
     * exactly-once transactions, read into {@code metric_values} by {@link MetricCellWriter}. Compacted, so
     * it holds the latest state of every cell; JSON like the topology's other own records.
     */
    static final Topic<String, Cell> CELLS = new Topic<>("lg.insights.cells", Serdes.String(), JsonSerde.of(Cell.class),
            3, Topic.Cleanup.COMPACT);

    public static final List<Topic<?, ?>> ALL = List.of(CELLS);

    private InsightsTopics() {}
}

package jp.lg.platform.experts;

import java.util.List;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.events.experts.ExpertChanged;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/** The topics of expert sharing. */
public final class ExpertTopics {

    /** {@code ExpertChanged}, keyed by expert id; compacted, so the latest event is the expert as they stand. */
    public static final Topic<String, ExpertChanged> EXPERTS = new Topic<>("lg.experts.experts",
            Serdes.String(), EventSerde.of(ExpertChanged.class), 3, Topic.Cleanup.COMPACT);

    /** {@code ExpertRequestSubmitted} and {@code ExpertRequestStatusChanged}, keyed by request id, in order per request. */
    public static final Topic<String, SpecificRecord> REQUESTS = new Topic<>("lg.experts.requests",
            Serdes.String(), EventSerde.of(SpecificRecord.class), 3, Topic.Cleanup.DELETE);

    public static final List<Topic<?, ?>> ALL = List.of(EXPERTS, REQUESTS);

    private ExpertTopics() {}
}

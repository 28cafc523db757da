package jp.lg.platform.surveys;

import java.util.List;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/** The topics of common-format surveys. */
public final class SurveyTopics {

    /**
     * {@code SurveyPublished}, {@code SurveyResponseSubmitted} and {@code SurveyClosed}, keyed by survey id, in
     * order per survey; ids and counts, never the figures.
     */
    public static final Topic<String, SpecificRecord> SURVEYS = new Topic<>("lg.surveys.surveys",
            Serdes.String(), EventSerde.of(SpecificRecord.class), 3, Topic.Cleanup.DELETE);

    public static final List<Topic<?, ?>> ALL = List.of(SURVEYS);

    private SurveyTopics() {}
}

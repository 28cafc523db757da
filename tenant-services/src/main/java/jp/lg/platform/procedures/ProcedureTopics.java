package jp.lg.platform.procedures;

import java.util.List;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/** The topics of standard procedures. */
public final class ProcedureTopics {

    /** {@code ProcedurePublished} and {@code ProcedureAdopted}, keyed by procedure code, in order per procedure. */
    public static final Topic<String, SpecificRecord> DEFINITIONS = new Topic<>("lg.procedures.definitions",
            Serdes.String(), EventSerde.of(SpecificRecord.class), 3, Topic.Cleanup.DELETE);

    /**
     * {@code ApplicationStageChanged} and {@code ApplicationStageOverdue}, keyed by application id, in order per
     * application; ids and timings only, never the form's values.
     */
    public static final Topic<String, SpecificRecord> APPLICATIONS = new Topic<>("lg.procedures.applications",
            Serdes.String(), EventSerde.of(SpecificRecord.class), 3, Topic.Cleanup.DELETE);

    public static final List<Topic<?, ?>> ALL = List.of(DEFINITIONS, APPLICATIONS);

    private ProcedureTopics() {}
}

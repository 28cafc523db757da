package jp.lg.platform.directory;

import java.util.List;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.events.directory.CollaborationChanged;
import jp.lg.platform.events.directory.TenantPeople;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/** The directory's topics. All are compacted: the latest event per key is the current entry. */
public final class DirectoryTopics {

    /** {@code TenantRegistered} and {@code TenantUpdated}, keyed by LG code. */
    public static final Topic<String, SpecificRecord> TENANTS = new Topic<>("lg.directory.tenants",
            Serdes.String(), EventSerde.of(SpecificRecord.class), 3, Topic.Cleanup.COMPACT);

    /** {@code CollaborationChanged}, keyed by collaboration code. */
    public static final Topic<String, CollaborationChanged> COLLABORATIONS = new Topic<>("lg.directory.collaborations",
            Serdes.String(), EventSerde.of(CollaborationChanged.class), 1, Topic.Cleanup.COMPACT);

    /** {@code TenantPeople}, keyed by LG code: everyone known to work for the tenant. */
    public static final Topic<String, TenantPeople> PEOPLE = new Topic<>("lg.directory.people",
            Serdes.String(), EventSerde.of(TenantPeople.class), 3, Topic.Cleanup.COMPACT);

    public static final List<Topic<?, ?>> ALL = List.of(TENANTS, COLLABORATIONS, PEOPLE);

    private DirectoryTopics() {}
}

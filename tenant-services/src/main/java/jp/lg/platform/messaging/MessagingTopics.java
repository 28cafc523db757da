package jp.lg.platform.messaging;

import java.util.List;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.events.messaging.ChannelChanged;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/** The topics of messaging. */
public final class MessagingTopics {

    /** {@code ChannelChanged}, keyed by channel id; compacted, so the latest event is the channel and its members. */
    public static final Topic<String, ChannelChanged> CHANNELS = new Topic<>("lg.messaging.channels",
            Serdes.String(), EventSerde.of(ChannelChanged.class), 3, Topic.Cleanup.COMPACT);

    /**
     * {@code MessagePosted}, {@code MessageEdited}, {@code MessageRetracted}, {@code MessageResponseRecorded}
     * and {@code ReminderDue}, keyed by channel id, in order per channel.
     */
    public static final Topic<String, SpecificRecord> MESSAGES = new Topic<>("lg.messaging.messages",
            Serdes.String(), EventSerde.of(SpecificRecord.class), 3, Topic.Cleanup.DELETE);

    public static final List<Topic<?, ?>> ALL = List.of(CHANNELS, MESSAGES);

    private MessagingTopics() {}
}

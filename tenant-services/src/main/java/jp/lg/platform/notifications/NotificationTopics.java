package jp.lg.platform.notifications;

import java.util.List;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.events.notifications.NotificationPreferencesChanged;
import jp.lg.platform.events.notifications.NotificationRequested;
import org.apache.kafka.common.serialization.Serdes;

/** The topics of notifications. */
public final class NotificationTopics {

    /** {@code NotificationPreferencesChanged}, keyed by user id; compacted, so the latest event is the user's preferences. */
    public static final Topic<String, NotificationPreferencesChanged> PREFERENCES = new Topic<>(
            "lg.notifications.preferences", Serdes.String(), EventSerde.of(NotificationPreferencesChanged.class), 3,
            Topic.Cleanup.COMPACT);

    /** {@code NotificationRequested}, one per recipient and source event, keyed by recipient user id. */
    public static final Topic<String, NotificationRequested> REQUESTED = new Topic<>("lg.notifications.requested",
            Serdes.String(), EventSerde.of(NotificationRequested.class), 3, Topic.Cleanup.DELETE);

    public static final List<Topic<?, ?>> ALL = List.of(PREFERENCES, REQUESTED);

    private NotificationTopics() {}
}

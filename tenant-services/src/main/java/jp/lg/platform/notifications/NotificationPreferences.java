package jp.lg.platform.notifications;

import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.lg.platform.events.notifications.NotificationPreferencesChanged;

/**
 * One person's notification preferences (通知設定): a level per channel with a default, e-mail on or
 * off and its digest, and optional quiet hours. Someone who never set any gets {@link #DEFAULTS}.
 */
public record NotificationPreferences(NotificationLevel defaultLevel, Map<String, NotificationLevel> channelLevels,
        Digest digest, boolean email, Optional<QuietHours> quietHours) {

    /** Everything, e-mail at once, no quiet hours. */
    public static final NotificationPreferences DEFAULTS =
            new NotificationPreferences(NotificationLevel.ALL, Map.of(), Digest.NONE, true, Optional.empty());

    public NotificationPreferences {
        channelLevels = Map.copyOf(channelLevels);
    }

    /** The level for {@code channelId}, or the default level. */
    public NotificationLevel levelFor(String channelId) {
        return channelId == null ? defaultLevel : channelLevels.getOrDefault(channelId, defaultLevel);
    }

    /** The preferences as the event on {@code lg.notifications.preferences} carries them. */
    public static NotificationPreferences of(NotificationPreferencesChanged event) {
        Map<String, NotificationLevel> levels = new TreeMap<>();
        event.getChannelLevels().forEach((channel, level) -> levels.put(channel, NotificationLevel.valueOf(level)));
        Optional<QuietHours> quiet = event.getQuietStart() == null || event.getQuietEnd() == null ? Optional.empty()
                : Optional.of(new QuietHours(LocalTime.parse(event.getQuietStart()), LocalTime.parse(event.getQuietEnd())));
        return new NotificationPreferences(NotificationLevel.valueOf(event.getDefaultLevel()), levels,
                Digest.valueOf(event.getDigest()), event.getEmail(), quiet);
    }
}

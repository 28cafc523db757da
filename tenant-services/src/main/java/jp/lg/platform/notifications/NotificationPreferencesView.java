package jp.lg.platform.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.TreeMap;

/** A person's notification preferences as they stand; the defaults until they set any. */
@Schema(name = "NotificationPreferences")
public record NotificationPreferencesView(
        @Schema(example = "ALL") NotificationLevel defaultLevel,
        @Schema(description = "Channel id → level", example = "{\"6f1c2a9e-6f0b-4c4e-9a53-1f0f7a3b2c11\": \"MENTIONS\"}")
        Map<String, NotificationLevel> channels,
        @Schema(example = "DAILY") Digest digest,
        @Schema(example = "true") boolean email,
        @Schema(nullable = true) NotificationPreferencesInput.QuietHoursInput quietHours) {

    static NotificationPreferencesView of(NotificationPreferences p) {
        return new NotificationPreferencesView(p.defaultLevel(), new TreeMap<>(p.channelLevels()), p.digest(), p.email(),
                p.quietHours().map(q -> new NotificationPreferencesInput.QuietHoursInput(q.start().toString(),
                        q.end().toString())).orElse(null));
    }
}

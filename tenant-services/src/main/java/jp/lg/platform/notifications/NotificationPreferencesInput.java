package jp.lg.platform.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * A person's notification preferences as they send them; every field is checked by
 * {@link PreferencesRules}, which names each bad one.
 */
@Schema(name = "NotificationPreferencesInput")
public record NotificationPreferencesInput(
        @Schema(description = "For channels without a level of their own", allowableValues = {"ALL", "MENTIONS", "NONE"},
                example = "ALL", requiredMode = Schema.RequiredMode.REQUIRED) String defaultLevel,
        @Schema(description = "Channel id → ALL, MENTIONS or NONE (at most 500)",
                example = "{\"6f1c2a9e-6f0b-4c4e-9a53-1f0f7a3b2c11\": \"MENTIONS\"}") Map<String, String> channels,
        @Schema(description = "E-mail each notification at once (NONE) or gathered hourly or daily (08:00 JST)",
                allowableValues = {"NONE", "HOURLY", "DAILY"}, example = "DAILY",
                requiredMode = Schema.RequiredMode.REQUIRED) String digest,
        @Schema(description = "Whether to send e-mail at all; alerts are always sent", example = "true",
                requiredMode = Schema.RequiredMode.REQUIRED) Boolean email,
        @Schema(description = "Only alerts are pushed in this period (Asia/Tokyo); null for none", nullable = true)
        QuietHoursInput quietHours) {

    /** A daily quiet period, Asia/Tokyo wall-clock times; end before start means overnight. */
    @Schema(name = "QuietHours")
    public record QuietHoursInput(@Schema(description = "HH:mm", example = "22:00") String start,
            @Schema(description = "HH:mm", example = "07:00") String end) {}
}

package jp.lg.platform.notifications;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;

/** Reads {@link NotificationPreferencesInput} into {@link NotificationPreferences}, naming every bad field. Pure. */
final class PreferencesRules {

    static final int MAX_CHANNELS = 500;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private PreferencesRules() {}

    /** The preferences, or a {@code validation-failed} problem listing each bad field. */
    static NotificationPreferences read(NotificationPreferencesInput input) {
        List<FieldError> errors = new ArrayList<>();
        NotificationLevel level = oneOf(NotificationLevel.class, "defaultLevel", input.defaultLevel(), errors);
        Digest digest = oneOf(Digest.class, "digest", input.digest(), errors);
        if (input.email() == null) {
            errors.add(new FieldError("email", "is required: true or false"));
        }
        Map<String, NotificationLevel> channels = channels(input.channels(), errors);
        Optional<QuietHours> quiet = Optional.empty();
        if (input.quietHours() != null) {
            LocalTime start = time("quietHours.start", input.quietHours().start(), errors);
            LocalTime end = time("quietHours.end", input.quietHours().end(), errors);
            if (start != null && start.equals(end)) {
                errors.add(new FieldError("quietHours.end", "equals the start; send quietHours null for no quiet period"));
            } else if (start != null && end != null) {
                quiet = Optional.of(new QuietHours(start, end));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new NotificationPreferences(level, channels, digest, input.email(), quiet);
    }

    private static Map<String, NotificationLevel> channels(Map<String, String> input, List<FieldError> errors) {
        Map<String, NotificationLevel> channels = new TreeMap<>();
        if (input == null) {
            return channels;
        }
        if (input.size() > MAX_CHANNELS) {
            errors.add(new FieldError("channels", "has " + input.size() + " entries; at most " + MAX_CHANNELS));
            return channels;
        }
        input.forEach((channel, level) -> {
            String field = "channels." + channel;
            if (!isUuid(channel)) {
                errors.add(new FieldError(field, "is not a channel id (a UUID)"));
            }
            NotificationLevel parsed = oneOf(NotificationLevel.class, field, level, errors);
            if (parsed != null && isUuid(channel)) {
                channels.put(UUID.fromString(channel).toString(), parsed);
            }
        });
        return channels;
    }

    private static <E extends Enum<E>> E oneOf(Class<E> type, String field, String value, List<FieldError> errors) {
        Consumer<String> bad = problem -> errors.add(new FieldError(field, problem + "; use one of "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        if (value == null) {
            bad.accept("is required");
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            bad.accept("'" + value + "' is not a choice");
            return null;
        }
    }

    private static LocalTime time(String field, String value, List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError(field, "is required (HH:mm, Asia/Tokyo)"));
            return null;
        }
        try {
            return LocalTime.parse(value, HH_MM);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "'" + value + "' is not a time HH:mm (00:00 to 23:59)"));
            return null;
        }
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

package jp.lg.platform.surveys;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import jp.lg.platform.core.time.JapaneseDates;

/** Instants as users read them: Asia/Tokyo, in Japanese with the 令和 date and in English. */
final class SurveyTimes {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SurveyTimes() {}

    /** e.g. 令和9年1月29日 17:00 */
    static String japanese(Instant instant) {
        ZonedDateTime t = instant.atZone(TOKYO);
        return JapaneseDates.of(t.toLocalDate()) + " " + CLOCK.format(t);
    }

    /** e.g. 2027-01-29 17:00 (Asia/Tokyo) */
    static String english(Instant instant) {
        return ENGLISH.format(instant.atZone(TOKYO)) + " (Asia/Tokyo)";
    }

    static String local(Instant instant) {
        return instant.atZone(TOKYO).toOffsetDateTime().toString();
    }
}

package jp.lg.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.experts.scheduling.VisitMode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ExpertCalendarIcsTest {

    private static final UUID SAIJO_VISIT = UUID.fromString("0b6f3c1e-8d7a-4c55-9a31-2f4d6e8b9c10");

    @Test
    void writesOneEventPerVisitInUtcWithTheTownAndTopic() {
        String ics = ExpertCalendarIcs.render("デザイン 次郎", List.of(
                new CalendarVisit(SAIJO_VISIT, "西条市", "窓口手続きのUI改善", VisitMode.ON_SITE,
                        Instant.parse("2030-05-14T00:00:00Z"), Instant.parse("2030-05-14T01:30:00Z"),
                        RequestStatus.CONFIRMED),
                new CalendarVisit(UUID.randomUUID(), "松野町", "オープンデータ", VisitMode.ONLINE,
                        Instant.parse("2030-05-16T04:00:00Z"), Instant.parse("2030-05-16T05:00:00Z"),
                        RequestStatus.COMPLETED)));

        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("PRODID:-//lg-platform//expert visits//JA")
                .contains("VERSION:2.0")
                .contains("UID:" + SAIJO_VISIT + "@lg-platform")
                .contains("DTSTART:20300514T000000Z").contains("DTEND:20300514T013000Z")
                .contains("SUMMARY:西条市：窓口手続きのUI改善").contains("LOCATION:西条市")
                .contains("LOCATION:オンライン").contains("STATUS:CONFIRMED");
    }

    @Test
    void isValidICalendarThatCalendarAppsCanReadBack() throws IOException, ParserException {
        String ics = ExpertCalendarIcs.render("デザイン 次郎", List.of(new CalendarVisit(SAIJO_VISIT, "西条市", "窓口",
                VisitMode.ON_SITE, Instant.parse("2030-05-14T00:00:00Z"), Instant.parse("2030-05-14T01:30:00Z"),
                RequestStatus.CONFIRMED)));

        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));

        assertThat(parsed.<VEvent>getComponents("VEVENT")).hasSize(1);
        assertThat(parsed.validate().getEntries()).as("validation problems").isEmpty();
    }

    @Test
    void anExpertWithoutVisitsGetsAnEmptyCalendar() {
        String ics = ExpertCalendarIcs.render("データ 花子", List.of());

        assertThat(ics).contains("BEGIN:VCALENDAR").doesNotContain("BEGIN:VEVENT").contains("END:VCALENDAR");
    }
}

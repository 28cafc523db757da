package jp.lg.platform.experts;

import java.util.List;
import jp.lg.platform.experts.scheduling.VisitMode;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * An expert's visits as an iCalendar feed (RFC 5545) that calendar apps subscribe to: one event
 * per visit, times in UTC (apps show them in their own zone), the town and topic as the title.
 */
final class ExpertCalendarIcs {

    static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private ExpertCalendarIcs() {}

    static String render(String expertName, List<CalendarVisit> visits) {
        Calendar calendar = new Calendar()
                .withProdId("-//lg-platform//expert visits//JA")
                .withDefaults()
                .withProperty(new Name(expertName + " 訪問予定"))
                .getFluentTarget();
        for (CalendarVisit visit : visits) {
            VEvent event = new VEvent(visit.start(), visit.end(), visit.townName() + "：" + visit.topic());
            event.add(new Uid(visit.requestId() + "@lg-platform"));
            event.add(new Location(visit.mode() == VisitMode.ONLINE ? "オンライン" : visit.townName()));
            event.add(new Description(visit.status() == RequestStatus.COMPLETED ? "訪問済み（報告あり）" : "確定した訪問"));
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        return calendar.toString();
    }
}

package jp.lg.platform.messaging;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

/**
 * A seminar as one iCalendar event (RFC 5545) for an attendee's calendar: CONFIRMED with a seat,
 * TENTATIVE while on the waitlist. Times in UTC; calendar apps show them in their own zone.
 */
final class SeminarIcs {

    static final String MEDIA_TYPE = "text/calendar; charset=UTF-8";

    private SeminarIcs() {}

    static String render(Message message, Seminar seminar, Rsvp rsvp) {
        Calendar calendar = new Calendar().withProdId("-//lg-platform//seminars//JA").withDefaults().getFluentTarget();
        String title = message.text().lines().findFirst().orElse("研修");
        VEvent event = new VEvent(seminar.startsAt().toInstant(), seminar.endsAt().toInstant(),
                title.length() > 100 ? title.substring(0, 100) : title);
        event.add(new Uid(message.id() + "-" + rsvp.userId() + "@lg-platform"));
        event.add(new Location(seminar.location()));
        event.add(new Description(message.text()));
        event.add(rsvp.status().equals("CONFIRMED") ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_TENTATIVE);
        calendar.add(event);
        return calendar.toString();
    }
}

package jp.lg.platform.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** A seminar's RSVPs: seats taken, the waitlist in order, and the settings they were counted against. */
@Schema(name = "Rsvps")
public record RsvpView(String messageId, int capacity, int seatsPerTown, OffsetDateTime rsvpBy, int confirmed,
        int waitlisted, List<Entry> rsvps) {

    /** One person's RSVP; {@code position} is their place on the waitlist (1 first), null with a seat. */
    @Schema(name = "Rsvp")
    public record Entry(String tenantCode, String userId, String username, String status, Integer position,
            OffsetDateTime since) {}

    static RsvpView of(Message m, Seminar s, List<Rsvp> live) {
        int[] waiting = {0};
        List<Entry> entries = live.stream().map(r -> new Entry(r.tenantCode(), r.userId(), r.username(), r.status(),
                r.status().equals("WAITLISTED") ? ++waiting[0] : null,
                r.updatedAt().atZone(MessageView.TOKYO).toOffsetDateTime())).toList();
        int confirmed = (int) live.stream().filter(r -> r.status().equals("CONFIRMED")).count();
        return new RsvpView(m.id().toString(), s.capacity(), s.seatsPerTown(),
                m.deadline().atZone(MessageView.TOKYO).toOffsetDateTime(), confirmed, waiting[0], entries);
    }
}

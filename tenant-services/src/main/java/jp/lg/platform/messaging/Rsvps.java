package jp.lg.platform.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.jdbi.v3.core.Handle;

/**
 * Seats at seminars (EVENT messages): one RSVP per person until the RSVP deadline, at most
 * {@code seatsPerTown} per town (409 {@code quota-exceeded} beyond), a seat while any is free and
 * the waitlist after; a cancelled seat goes to the first on the waitlist. RSVPs of one seminar are
 * serialised by a lock on the message, so seats are never oversold.
 */
public final class Rsvps {

    private final TenantTransactions transactions;
    private final MessageEvents events;
    private final Clock clock;

    Rsvps(TenantTransactions transactions, MessageEvents events, Clock clock) {
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's RSVP, and whether it is new (an RSVP again returns the one they have). */
    public record Result(Rsvp rsvp, boolean created) {}

    public Result rsvp(LgPrincipal caller, UUID id) {
        LgCode tenant = Callers.tenantOf(caller);
        Instant now = clock.instant();
        return transactions.inTenant(tenant, h -> {
            Message message = locked(h, caller, id);
            if (!now.isBefore(message.deadline())) {
                throw new ProblemException(ProblemType.CONFLICT, "RSVPs closed at "
                        + message.deadline().atZone(MessageView.TOKYO).toOffsetDateTime() + " (申込期限を過ぎています).");
            }
            ResponseDao dao = h.attach(ResponseDao.class);
            Optional<Rsvp> mine = dao.liveRsvpOf(id, caller.userId());
            if (mine.isPresent()) {
                return new Result(mine.get(), false);
            }
            Seminar seminar = MessageDetails.of(message).event();
            List<Rsvp> live = dao.liveRsvps(id);
            long ofTown = live.stream().filter(r -> r.tenantCode().equals(tenant.value())).count();
            if (ofTown >= seminar.seatsPerTown()) {
                throw new ProblemException(ProblemType.QUOTA_EXCEEDED, "Your town already has " + ofTown
                        + " of its " + seminar.seatsPerTown() + " seats (1団体あたりの申込上限に達しています).");
            }
            long confirmed = live.stream().filter(r -> r.status().equals("CONFIRMED")).count();
            String status = confirmed < seminar.capacity() ? "CONFIRMED" : "WAITLISTED";
            Rsvp rsvp = dao.addRsvp(id, tenant.value(), message.channelId(), caller.userId(), caller.username(), status);
            events.responded(h, message, "RSVP_" + status, tenant.value(), caller.userId(), CommandContext.of(caller));
            return new Result(rsvp, true);
        });
    }

    /** Cancels the caller's RSVP; a seat it freed goes to the first on the waitlist (RSVP_PROMOTED). */
    public void cancel(LgPrincipal caller, UUID id) {
        LgCode tenant = Callers.tenantOf(caller);
        transactions.inTenant(tenant, h -> {
            Message message = locked(h, caller, id);
            ResponseDao dao = h.attach(ResponseDao.class);
            Rsvp mine = dao.liveRsvpOf(id, caller.userId())
                    .orElseThrow(() -> ProblemException.notFound("You have no RSVP to the seminar " + id + "."));
            dao.setRsvpStatus(mine.seq(), "CANCELLED");
            CommandContext command = CommandContext.of(caller);
            events.responded(h, message, "RSVP_CANCELLED", tenant.value(), caller.userId(), command);
            if (mine.status().equals("CONFIRMED")) {
                dao.liveRsvps(id).stream().filter(r -> r.status().equals("WAITLISTED")).findFirst().ifPresent(next -> {
                    dao.setRsvpStatus(next.seq(), "CONFIRMED");
                    events.responded(h, message, "RSVP_PROMOTED", next.tenantCode(), next.userId(), command);
                });
            }
            return null;
        });
    }

    public RsvpView list(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            Message message = Responding.messageOf(h, caller, id, MessageKind.EVENT);
            return RsvpView.of(message, MessageDetails.of(message).event(), h.attach(ResponseDao.class).liveRsvps(id));
        });
    }

    /** The seminar as iCalendar for the caller, if they have an RSVP (404 otherwise). */
    public String calendar(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            Message message = Responding.messageOf(h, caller, id, MessageKind.EVENT);
            Rsvp mine = h.attach(ResponseDao.class).liveRsvpOf(id, caller.userId())
                    .orElseThrow(() -> ProblemException.notFound("You have no RSVP to the seminar " + id + "."));
            return SeminarIcs.render(message, MessageDetails.of(message).event(), mine);
        });
    }

    private static Message locked(Handle h, LgPrincipal caller, UUID id) {
        Message message = Responding.messageOf(h, caller, id, MessageKind.EVENT);
        h.attach(MessageDao.class).lock(id);
        return message;
    }
}

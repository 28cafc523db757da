package jp.lg.platform.messaging;

import java.time.Clock;
import java.util.List;
import jp.lg.platform.core.jobs.PeriodicJob;
import org.jdbi.v3.core.Jdbi;

/**
 * Sends {@code ReminderDue} for each town that has not responded to an announcement or inquiry
 * when its reminder time comes ({@link Reminders}). Runs on every instance: each due row is locked
 * with {@code FOR UPDATE SKIP LOCKED} and marked reminded in the transaction that appends the event,
 * so every town is reminded exactly once, across restarts and instances. Run by a {@link PeriodicJob}.
 */
public final class ReminderJob {

    static final int BATCH = 200;

    private final Jdbi jdbi;
    private final MessageEvents events;
    private final Clock clock;

    ReminderJob(Jdbi jdbi, MessageEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
    }

    /** Sends every reminder due now; returns how many this instance sent. */
    int runOnce() {
        int sent = 0;
        int batch;
        do {
            batch = jdbi.inTransaction(h -> {
                AudienceDao audience = h.attach(AudienceDao.class);
                List<AudienceDao.Due> due = audience.lockDue(clock.instant(), BATCH);
                for (AudienceDao.Due d : due) {
                    events.reminderDue(h, d.messageId(), d.channelId(), d.kind(), d.tenantCode(), d.deadline());
                    audience.reminded(d.messageId(), d.tenantCode(), clock.instant());
                }
                return due.size();
            });
            sent += batch;
        } while (batch == BATCH);
        return sent;
    }
}

package jp.lg.platform.messaging;

import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code ReminderDue} for each town that has not responded to an announcement or inquiry
 * when its reminder time comes ({@link Reminders}). Runs on every instance: each due row is locked
 * with {@code FOR UPDATE SKIP LOCKED} and marked reminded in the transaction that appends the event,
 * so every town is reminded exactly once, across restarts and instances.
 */
public final class ReminderJob implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);
    static final int BATCH = 200;

    private final Jdbi jdbi;
    private final MessageEvents events;
    private final Clock clock;
    private final Duration period;
    private ScheduledExecutorService executor;

    ReminderJob(Jdbi jdbi, MessageEvents events, Clock clock, Duration period) {
        this.jdbi = jdbi;
        this.events = events;
        this.clock = clock;
        this.period = period;
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "message-reminders"));
        executor.scheduleWithFixedDelay(this::safeRun, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void safeRun() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("Reminders failed this round; the next round tries again", e);
        }
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

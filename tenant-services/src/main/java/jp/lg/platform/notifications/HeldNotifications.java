package jp.lg.platform.notifications;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases notifications held back by quiet hours once their {@code push_after} has passed: each
 * gets its place in the recipient's live stream (under the recipient's lock, one recipient per
 * transaction) and wakes their streams. Every instance runs it; a row is released once.
 */
final class HeldNotifications implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(HeldNotifications.class);

    private final Jdbi jdbi;
    private final Duration every;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "notification-release");
        thread.setDaemon(true);
        return thread;
    });

    HeldNotifications(Jdbi jdbi, Duration every) {
        this.jdbi = jdbi;
        this.every = every;
    }

    @Override
    public void start() {
        scheduler.scheduleWithFixedDelay(this::releaseDue, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        scheduler.shutdownNow();
    }

    /** Releases what is due now; returns how many. */
    int releaseDue() {
        try {
            List<Held> due = jdbi.inTransaction(h -> {
                Workers.enter(h);
                return h.createQuery("select id, recipient_user_id from notifications where stream_seq is null"
                                + " and push_after <= now() order by push_after, occurred_at, created_at limit 500")
                        .map((rs, ctx) -> new Held(rs.getObject("id", UUID.class), rs.getString("recipient_user_id")))
                        .list();
            });
            int released = 0;
            for (Held held : due) {
                released += jdbi.inTransaction(h -> {
                    Workers.enter(h);
                    h.createQuery("select lg_lock_recipient(:user)").bind("user", held.userId()).mapToMap().one();
                    return h.createQuery("with released as (update notifications"
                                    + " set stream_seq = nextval('notification_stream_seq')"
                                    + " where id = :id and stream_seq is null returning recipient_user_id)"
                                    + " select pg_notify('" + NotificationInbox.CHANNEL + "', recipient_user_id) from released")
                            .bind("id", held.id())
                            .mapToMap().list().size();
                });
            }
            return released;
        } catch (RuntimeException e) {
            LOG.warn("Could not release held notifications ({}); trying again shortly", e.toString());
            return 0;
        }
    }

    private record Held(UUID id, String userId) {}
}

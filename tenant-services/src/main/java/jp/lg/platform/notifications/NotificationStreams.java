package jp.lg.platform.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.Managed;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live streams open on this instance, and the one PostgreSQL session per instance that
 * listens on {@value NotificationInbox#CHANNEL}: each notification there names a user, whose
 * streams then catch up. Several instances each listen, so a stream on any of them hears of a
 * notification written by any consumer. Every {@link #HEARTBEAT} each stream gets a comment line;
 * after the listening session is lost and reopened, every stream catches up once. A new stream
 * first gets the comment {@code connected}: from then on it misses nothing.
 */
final class NotificationStreams implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationStreams.class);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration LISTEN_WAIT = Duration.ofMillis(500);

    private final Jdbi listenerJdbi;
    private final TenantTransactions transactions;
    private final ObjectMapper json;
    private final Duration heartbeat;
    private final Map<String, Set<StreamSubscriber>> byUser = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(4, daemon("notification-stream"));
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(daemon("notification-heartbeat"));
    private volatile boolean running;
    private Thread listener;

    NotificationStreams(Jdbi listenerJdbi, TenantTransactions transactions, ObjectMapper json, Duration heartbeat) {
        this.listenerJdbi = listenerJdbi;
        this.transactions = transactions;
        this.json = json;
        this.heartbeat = heartbeat;
    }

    /**
     * Opens a stream for {@code userId}: everything after {@code lastEventId} is sent at once, or,
     * without one, only what arrives from now on.
     */
    void open(String userId, LgCode tenant, SseEventSink sink, Sse sse, Long lastEventId) {
        long after = lastEventId != null ? lastEventId : transactions.inTenant(tenant, h -> h.createQuery(
                        "select coalesce(max(stream_seq), 0) from notifications where recipient_user_id = :me")
                .bind("me", userId).mapTo(Long.class).one());
        StreamSubscriber subscriber = new StreamSubscriber(userId, tenant, sink, sse, transactions, json, after);
        byUser.computeIfAbsent(userId, u -> ConcurrentHashMap.newKeySet()).add(subscriber);
        senders.execute(() -> {
            subscriber.comment("connected");
            catchUp(subscriber);
        });
    }

    /** Open streams on this instance. */
    int size() {
        return byUser.values().stream().mapToInt(Set::size).sum();
    }

    @Override
    public void start() {
        running = true;
        listener = new Thread(this::listen, "notification-listener");
        listener.setDaemon(true);
        listener.start();
        heartbeats.scheduleAtFixedRate(this::beat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws InterruptedException {
        running = false;
        heartbeats.shutdownNow();
        if (listener != null) {
            listener.join(2 * LISTEN_WAIT.toMillis() + 1000);
        }
        byUser.values().forEach(set -> set.forEach(StreamSubscriber::close));
        senders.shutdownNow();
    }

    private void listen() {
        while (running) {
            try (Handle handle = listenerJdbi.open()) {
                handle.execute("listen " + NotificationInbox.CHANNEL);
                PGConnection connection = handle.getConnection().unwrap(PGConnection.class);
                byUser.values().forEach(set -> set.forEach(s -> senders.execute(() -> catchUp(s))));
                while (running) {
                    PGNotification[] notifications = connection.getNotifications((int) LISTEN_WAIT.toMillis());
                    if (notifications != null) {
                        wake(notifications);
                    }
                }
                handle.execute("unlisten *");
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Notification listener lost its session ({}); reopening", e.toString());
                pause();
            }
        }
    }

    private void wake(PGNotification[] notifications) {
        Set<String> users = new HashSet<>();
        for (PGNotification n : notifications) {
            users.add(n.getParameter());
        }
        for (String user : users) {
            Set<StreamSubscriber> subscribers = byUser.get(user);
            if (subscribers != null) {
                subscribers.forEach(s -> senders.execute(() -> catchUp(s)));
            }
        }
    }

    private void catchUp(StreamSubscriber subscriber) {
        try {
            subscriber.catchUp();
        } catch (RuntimeException e) {
            LOG.warn("Stream of {} failed to catch up ({}); closing it, the client resumes", subscriber.userId(), e.toString());
            subscriber.close();
        }
        forgetIfClosed(subscriber);
    }

    private void beat() {
        byUser.values().forEach(set -> set.forEach(s -> senders.execute(() -> {
            s.heartbeat();
            forgetIfClosed(s);
        })));
    }

    private void forgetIfClosed(StreamSubscriber subscriber) {
        if (!subscriber.isOpen()) {
            byUser.computeIfPresent(subscriber.userId(), (user, set) -> {
                set.remove(subscriber);
                return set.isEmpty() ? null : set;
            });
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}

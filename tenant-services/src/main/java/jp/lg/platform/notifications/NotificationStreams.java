package jp.lg.platform.notifications;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.Managed;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
 * notification written by any consumer. The streams woken together catch up together: one query
 * (in the delivery workers' view, since they belong to many towns) reads what each has not sent, each
 * sends its own part, and one statement records them streamed. Every {@link #HEARTBEAT} each stream gets
 * a comment line; after the listening session is lost and reopened, every stream catches up once. A new
 * stream first gets the comment {@code connected}: from then on it misses nothing.
 */
final class NotificationStreams implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationStreams.class);
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final Duration LISTEN_WAIT = Duration.ofMillis(500);

    private static final String UNSENT = "select n.* from unnest(cast(:users as text[]), cast(:afters as bigint[]))"
            + " as w(user_id, after_seq) cross join lateral (select " + Notification.COLUMNS + " from notifications"
            + " where recipient_user_id = w.user_id and stream_seq > w.after_seq order by stream_seq limit "
            + StreamSubscriber.BATCH + ") n order by n.stream_seq";

    private final Jdbi listenerJdbi;
    private final Jdbi workers;
    private final TenantTransactions transactions;
    private final ObjectMapper json;
    private final Duration heartbeat;
    private final Map<String, Set<StreamSubscriber>> byUser = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(4, daemon("notification-stream"));
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(daemon("notification-heartbeat"));
    private volatile boolean running;
    private Thread listener;

    /**
     * {@code listenerJdbi} holds the listening session, {@code workers} serves the catch-ups of streams woken
     * together, {@code transactions} those of one stream (in its person's tenant).
     */
    NotificationStreams(Jdbi listenerJdbi, Jdbi workers, TenantTransactions transactions, ObjectMapper json,
            Duration heartbeat) {
        this.listenerJdbi = listenerJdbi;
        this.workers = workers;
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
                List<StreamSubscriber> all = new ArrayList<>();
                byUser.values().forEach(all::addAll);
                senders.execute(() -> catchUpTogether(all));
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
        List<StreamSubscriber> woken = new ArrayList<>();
        for (String user : users) {
            Set<StreamSubscriber> subscribers = byUser.get(user);
            if (subscribers != null) {
                woken.addAll(subscribers);
            }
        }
        if (!woken.isEmpty()) {
            senders.execute(() -> catchUpTogether(woken));
        }
    }

    /**
     * One query for what every stream of {@code subscribers} has not sent, each stream's sends on the
     * senders' pool, then one statement for when they were streamed. If the query fails, each stream
     * catches up on its own.
     */
    private void catchUpTogether(List<StreamSubscriber> subscribers) {
        if (subscribers.isEmpty()) {
            return;
        }
        Map<String, Long> after = new HashMap<>();
        subscribers.forEach(s -> after.merge(s.userId(), s.lastSent(), Math::min));
        Map<String, List<Notification>> unsent = new HashMap<>();
        try {
            workers.useTransaction(h -> {
                Workers.enter(h);
                h.createQuery(UNSENT)
                        .bindArray("users", String.class, new ArrayList<>(after.keySet()))
                        .bindArray("afters", Long.class, after.keySet().stream().map(after::get).toList())
                        .map(Notification::map)
                        .forEach(n -> unsent.computeIfAbsent(n.recipientUserId(), u -> new ArrayList<>()).add(n));
            });
        } catch (RuntimeException e) {
            LOG.warn("Streams could not catch up together ({}); each catches up on its own", e.toString());
            subscribers.forEach(s -> senders.execute(() -> catchUp(s)));
            return;
        }
        List<CompletableFuture<List<UUID>>> sends = new ArrayList<>();
        for (StreamSubscriber subscriber : subscribers) {
            List<Notification> mine = unsent.get(subscriber.userId());
            if (mine != null) {
                sends.add(CompletableFuture.supplyAsync(() -> deliver(subscriber, mine), senders));
            }
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).thenRun(() ->
                markStreamed(sends.stream().flatMap(f -> f.join().stream()).toList()));
    }

    private List<UUID> deliver(StreamSubscriber subscriber, List<Notification> unsent) {
        try {
            return subscriber.deliver(unsent);
        } catch (RuntimeException e) {
            LOG.warn("Stream of {} failed to catch up ({}); closing it, the client resumes", subscriber.userId(), e.toString());
            subscriber.close();
            return List.of();
        } finally {
            forgetIfClosed(subscriber);
        }
    }

    private void markStreamed(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            workers.useTransaction(h -> {
                Workers.enter(h);
                h.createUpdate(Notification.MARK_STREAMED)
                        .bindArray("ids", UUID.class, ids)
                        .execute();
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not record that {} notifications were streamed ({})", ids.size(), e.toString());
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

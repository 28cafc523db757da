package jp.lg.platform.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open live stream of one person. It sends, in order, every notification of theirs whose
 * stream number is above the last one sent (each SSE event's id is that number, so a client
 * resuming with {@code Last-Event-ID} gets exactly what came after), and records when each was
 * first streamed. Sends are serialised per subscriber; thread-safe.
 */
final class StreamSubscriber {

    private static final Logger LOG = LoggerFactory.getLogger(StreamSubscriber.class);
    /** At most this many notifications are read per query; catching up loops until none are left. */
    static final int BATCH = 200;

    private final String userId;
    private final LgCode tenant;
    private final SseEventSink sink;
    private final Sse sse;
    private final TenantTransactions transactions;
    private final ObjectMapper json;
    /** Written under the lock, read without it (a stale value only makes a catch-up read rows it then skips). */
    private volatile long lastSent;
    private volatile boolean open = true;

    StreamSubscriber(String userId, LgCode tenant, SseEventSink sink, Sse sse, TenantTransactions transactions,
            ObjectMapper json, long lastSent) {
        this.userId = userId;
        this.tenant = tenant;
        this.sink = sink;
        this.sse = sse;
        this.transactions = transactions;
        this.json = json;
        this.lastSent = lastSent;
    }

    String userId() {
        return userId;
    }

    boolean isOpen() {
        return open && !sink.isClosed();
    }

    /** The stream number of the last notification sent (or the one the stream started after). */
    long lastSent() {
        return lastSent;
    }

    /**
     * Sends those of {@code read} (the person's notifications in stream order, read for several streams
     * at once) that this stream has not sent yet; returns the ids it sent. If {@code read} was a whole
     * batch there may be more, which this stream then reads on its own.
     */
    synchronized List<UUID> deliver(List<Notification> read) {
        List<UUID> sent = new ArrayList<>(read.size());
        for (Notification n : read) {
            if (n.streamSeq() <= lastSent) {
                continue;
            }
            if (!send(n)) {
                return sent;
            }
            lastSent = n.streamSeq();
            sent.add(n.id());
        }
        if (read.size() >= BATCH) {
            catchUp();
        }
        return sent;
    }

    /** Sends whatever the person has that this stream has not sent yet. */
    synchronized void catchUp() {
        while (isOpen()) {
            List<Notification> next = transactions.inTenant(tenant, h -> h.createQuery("select " + Notification.COLUMNS
                            + " from notifications where recipient_user_id = :me and stream_seq > :after"
                            + " order by stream_seq limit " + BATCH)
                    .bind("me", userId)
                    .bind("after", lastSent)
                    .map(Notification::map)
                    .list());
            if (next.isEmpty()) {
                return;
            }
            for (Notification n : next) {
                if (!send(n)) {
                    return;
                }
                lastSent = n.streamSeq();
            }
            List<UUID> sent = next.stream().map(Notification::id).toList();
            transactions.inTenant(tenant, h -> h.createUpdate(Notification.MARK_STREAMED)
                    .bindArray("ids", UUID.class, sent)
                    .execute());
            if (next.size() < BATCH) {
                // all there was: one committed after the query wakes this stream again (NOTIFY is sent on commit)
                return;
            }
        }
    }

    /** A comment line that keeps proxies from closing an idle stream. */
    synchronized void heartbeat() {
        comment("keep-alive");
    }

    /** A comment line: {@code connected} once the stream is registered, {@code keep-alive} now and then. */
    synchronized void comment(String text) {
        if (isOpen()) {
            deliver(sse.newEventBuilder().comment(text).build());
        }
    }

    void close() {
        open = false;
        try {
            sink.close();
        } catch (RuntimeException e) {
            LOG.debug("Stream of {} was already gone: {}", userId, e.toString());
        }
    }

    private boolean send(Notification n) {
        try {
            return deliver(sse.newEventBuilder()
                    .id(Long.toString(n.streamSeq()))
                    .name("notification")
                    .data(String.class, json.writeValueAsString(NotificationView.of(n)))
                    .build());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write notification " + n.id(), e);
        }
    }

    private boolean deliver(OutboundSseEvent event) {
        try {
            sink.send(event).toCompletableFuture().join();
            return true;
        } catch (RuntimeException e) {
            LOG.debug("Stream of {} closed by the client: {}", userId, e.toString());
            close();
            return false;
        }
    }
}

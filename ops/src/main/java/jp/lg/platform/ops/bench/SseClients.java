package jp.lg.platform.ops.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Browsers on the notification stream: one Server-Sent Events connection per person to
 * {@code GET /api/v1/notifications/stream}, read line by line without a thread per connection. For
 * every notification that names a message, the arrival time (System.nanoTime) is recorded under the
 * message id.
 */
final class SseClients implements AutoCloseable {

    private static final Pattern MESSAGE_ID = Pattern.compile("\"messageId\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final HttpClient http;
    private final Map<String, Queue<Long>> arrivals = new ConcurrentHashMap<>();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final Queue<Flow.Subscription> subscriptions = new ConcurrentLinkedQueue<>();

    SseClients(HttpClient http) {
        this.http = http;
    }

    /**
     * Opens one stream per token and waits until the server registered each (its {@code : connected}
     * comment: from then on the stream misses nothing) or {@code timeout} passed.
     */
    void connect(String baseUrl, List<String> tokens, Duration timeout) throws InterruptedException {
        for (String token : tokens) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/notifications/stream"))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream")
                    .build();
            http.sendAsync(request, info -> {
                if (info.statusCode() != 200) {
                    failed.incrementAndGet();
                }
                return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
            }).whenComplete((response, error) -> {
                if (error != null) {
                    failed.incrementAndGet();
                }
            });
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (connected.get() + failed.get() < tokens.size() && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    int connected() {
        return connected.get();
    }

    int failed() {
        return failed.get();
    }

    /** When each connected client received a notification about {@code messageId} (nanoTime), in arrival order. */
    List<Long> arrivalsOf(String messageId) {
        return List.copyOf(arrivals.getOrDefault(messageId, new ConcurrentLinkedQueue<>()));
    }

    @Override
    public void close() {
        subscriptions.forEach(Flow.Subscription::cancel);
    }

    /** One connection's lines. */
    private final class Lines implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscriptions.add(subscription);
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            long now = System.nanoTime();
            if (line.startsWith(":") && line.substring(1).strip().equals("connected")) {
                connected.incrementAndGet();
            } else if (line.startsWith("data:")) {
                Matcher id = MESSAGE_ID.matcher(line);
                if (id.find()) {
                    arrivals.computeIfAbsent(id.group(1), k -> new ConcurrentLinkedQueue<>()).add(now);
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            failed.incrementAndGet();
        }

        @Override
        public void onComplete() {
            // the server closed the stream; the run reports fewer arrivals
        }
    }
}

package jp.lg.platform.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import jp.lg.platform.support.Json;

/**
 * A minimal Server-Sent Events client for the ITs: reads the stream on its own thread, keeps
 * every event (id, name, data) and every comment, and can drop the connection like a browser
 * that loses the network.
 */
final class SseClient implements AutoCloseable {

    record Event(long id, String name, JsonNode data) {}

    private final InputStream body;
    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final Thread reader;

    private SseClient(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream; {@code lastEventId} null for none. Fails unless the response is 200 text/event-stream. */
    static SseClient open(int port, String token, Long lastEventId) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId.toString());
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError("stream answered " + response.statusCode() + ": "
                    + new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        SseClient client = new SseClient(response.body());
        client.awaitComment("connected", Duration.ofSeconds(30));
        return client;
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    List<String> comments() {
        return List.copyOf(comments);
    }

    /** The events once {@code until} holds for them, or an assertion error after {@code timeout}. */
    List<Event> await(Predicate<List<Event>> until, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (until.test(events())) {
                return events();
            }
            sleep();
        }
        throw new AssertionError("the stream never showed what was expected; it has " + events());
    }

    void awaitComment(String comment, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!comments.contains(comment)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no comment '" + comment + "' on the stream; comments " + comments);
            }
            sleep();
        }
    }

    static List<String> bodies(List<Event> events) {
        return events.stream().map(e -> e.data().get("body").asText()).filter(b -> !b.startsWith("probe ")).toList();
    }

    @Override
    public void close() throws IOException {
        body.close();
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            List<String> event = new ArrayList<>();
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isEmpty()) {
                    dispatch(event);
                    event.clear();
                } else {
                    event.add(line);
                }
            }
        } catch (IOException e) {
            // closed by us or by the server
        }
    }

    private void dispatch(List<String> lines) {
        Long id = null;
        String name = "message";
        StringBuilder data = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith(":")) {
                comments.add(line.substring(1).strip());
            } else if (line.startsWith("id:")) {
                id = Long.parseLong(line.substring(3).strip());
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data.append(line.substring(5).strip());
            }
        }
        if (id != null) {
            events.add(new Event(id, name, Json.read(data.toString())));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

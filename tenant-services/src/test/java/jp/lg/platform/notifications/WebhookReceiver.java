package jp.lg.platform.notifications;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A town's webhook receiver for the ITs (JDK HttpServer): verifies each request's Standard
 * Webhooks signature on its own, independently of the platform's code, answers 503 to the first
 * {@code failFirst} requests and 200 after, and keeps every request.
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String id, String timestamp, String signature, String body, boolean signatureValid, int answered) {}

    private final HttpServer server;
    private final int failFirst;
    private final AtomicInteger count = new AtomicInteger();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile String secret;

    WebhookReceiver(int failFirst) throws IOException {
        this.failFirst = failFirst;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        int status = count.incrementAndGet() <= failFirst ? 503 : 200;
        received.add(new Received(id, timestamp, signature, body, valid(id, timestamp, body, signature), status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    private boolean valid(String id, String timestamp, String body, String signature) {
        if (secret == null || signature == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(
                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            return List.of(signature.split(" ")).contains(expected);
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

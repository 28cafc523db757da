package jp.lg.platform.ops.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a URL for its HTTP status, for readiness checks; never throws for a server that is down. */
final class HttpProbe {

    /** Returned by {@link #status} when no HTTP response came (refused, reset, timed out). */
    static final int NO_RESPONSE = -1;

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HttpProbe() {}

    /** The status of a GET on {@code uri}, or {@link #NO_RESPONSE}. */
    static int status(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return NO_RESPONSE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_RESPONSE;
        }
    }
}

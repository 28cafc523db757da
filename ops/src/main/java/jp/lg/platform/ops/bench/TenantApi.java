package jp.lg.platform.ops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jp.lg.platform.core.tenancy.Tenant;

/**
 * The commands the benchmark sends: {@code PUT /api/v1/tenants/{code}} as {@code platform.admin},
 * each changing the population of one Ehime tenant to a value no earlier command used, so every
 * accepted command writes exactly one {@code TenantUpdated} event.
 */
final class TenantApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final String tokenEndpoint;
    private final HttpClient http;
    private final List<ObjectNode> current = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private volatile String token;

    TenantApi(String baseUrl, String tokenEndpoint, HttpClient http) {
        this.baseUrl = baseUrl;
        this.tokenEndpoint = tokenEndpoint;
        this.http = http;
    }

    /** Signs in and reads the current entries of {@code tenants}; call before {@link #nextCommand}. */
    void prepare(List<Tenant> tenants) throws IOException, InterruptedException {
        refreshToken();
        current.clear();
        for (Tenant tenant : tenants) {
            HttpResponse<String> response = http.send(authorised(baseUrl + "/api/v1/tenants/" + tenant.code().value())
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET tenant " + tenant.code() + ": " + response.statusCode()
                        + " " + response.body());
            }
            current.add((ObjectNode) JSON.readTree(response.body()));
        }
    }

    /** A fresh access token for {@code platform.admin} (tokens live minutes; call before each phase). */
    void refreshToken() throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=lg-cli&username=platform.admin&password="
                + URLEncoder.encode("demo", StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .timeout(REQUEST_TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for platform.admin: " + response.statusCode() + " " + response.body());
        }
        token = JSON.readTree(response.body()).path("access_token").asText();
    }

    /** The next command, round-robin over the tenants; safe to call from one thread at a time. */
    HttpRequest nextCommand() {
        long n = sequence.incrementAndGet();
        ObjectNode tenant = current.get((int) (n % current.size())).deepCopy();
        String code = tenant.path("code").asText();
        tenant.put("population", tenant.path("population").asLong() + n);
        return authorised(baseUrl + "/api/v1/tenants/" + code)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(tenant.toString()))
                .build();
    }

    private HttpRequest.Builder authorised(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token);
    }
}

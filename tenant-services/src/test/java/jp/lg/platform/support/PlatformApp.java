package jp.lg.platform.support;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.LgPlatformApplication;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.ops.local.LocalPostgres;

/** The application under test, on the real {@link PlatformStack}, and small helpers to call it. */
public final class PlatformApp {

    private PlatformApp() {}

    /**
     * The application on the shared stack, with {@code extra} settings on top of {@code it-config.yml}.
     * Each application gets a Streams state directory of its own, as each instance of a deployment
     * has: an earlier test's application that is still letting go of its state cannot block it.
     */
    public static DropwizardAppExtension<LgPlatformConfiguration> extension(ConfigOverride... extra) {
        PlatformStack stack = PlatformStack.get();
        List<ConfigOverride> overrides = new ArrayList<>(List.of(
                ConfigOverride.config("database.url", stack.postgres().jdbcUrl(LocalPostgres.DATABASE)),
                ConfigOverride.config("kafka.bootstrapServers", stack.kafka().bootstrapServers()),
                ConfigOverride.config("kafka.streamsStateDir",
                        stack.streamsStateDir().resolve("app-" + UUID.randomUUID()).toString()),
                ConfigOverride.config("auth.issuer", stack.keycloak().issuer()),
                ConfigOverride.config("referenceData.directory", PlatformStack.sharedData().toString())));
        overrides.addAll(List.of(extra));
        return new DropwizardAppExtension<>(LgPlatformApplication.class,
                ResourceHelpers.resourceFilePath("it-config.yml"), overrides.toArray(ConfigOverride[]::new));
    }

    public static Invocation.Builder call(DropwizardAppExtension<?> app, String path, String token) {
        Invocation.Builder request = app.client()
                .target("http://127.0.0.1:" + app.getLocalPort() + path)
                .request(MediaType.APPLICATION_JSON_TYPE);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    public static Entity<String> jsonFixture(String name) {
        return Entity.entity(fixtureText(name), MediaType.APPLICATION_JSON_TYPE);
    }

    /** A file under {@code src/test/resources}, as text. */
    public static String fixtureText(String name) {
        try (InputStream in = PlatformApp.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing fixture " + name, e);
        }
    }

    /** The body of a 200 response as JSON; fails showing the body otherwise. */
    public static JsonNode ok(Response response) {
        return expect(response, 200);
    }

    /** The body of a 201 response as JSON; fails showing the body otherwise. */
    public static JsonNode created(Response response) {
        return expect(response, 201);
    }

    private static JsonNode expect(Response response, int status) {
        String body = response.readEntity(String.class);
        if (response.getStatus() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + response.getStatus() + ": " + body);
        }
        return Json.read(body);
    }

    /** Reads a problem response, checking status, media type and type slug. */
    public static JsonNode problem(Response response, int status, String slug) {
        String body = response.readEntity(String.class);
        if (response.getStatus() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + response.getStatus() + ": " + body);
        }
        if (!"application/problem+json".equals(response.getMediaType().toString())) {
            throw new AssertionError("expected application/problem+json but got " + response.getMediaType() + ": " + body);
        }
        JsonNode problem = Json.read(body);
        String expected = "urn:lg-platform:problem:" + slug;
        if (!expected.equals(problem.path("type").asText())) {
            throw new AssertionError("expected problem type " + expected + " but got " + body);
        }
        return problem;
    }
}

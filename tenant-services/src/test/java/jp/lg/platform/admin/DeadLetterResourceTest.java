package jp.lg.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.lg.platform.PlatformTopics;
import jp.lg.platform.core.events.consumer.DeadLetters;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.web.ProblemJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dead-letter API's request rules, checked before Kafka is ever asked (it is unreachable here). */
@ExtendWith(DropwizardExtensionsSupport.class)
class DeadLetterResourceTest {

    private static final KafkaConfig NO_KAFKA = new ObjectMapper()
            .convertValue(Map.of("bootstrapServers", "127.0.0.1:1"), KafkaConfig.class);
    private static final ResourceExtension RESOURCE = resource();

    @Test
    void rejectsAReplayNamingAPartitionWithoutAnOffset() {
        Response response = RESOURCE.target("/api/v1/admin/dead-letters/replay").request()
                .post(fixture("dead-letters/replay-partition-without-offset.json"));

        JsonNode problem = problem(response, 400, "validation-failed");
        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("partitionAndOffset");
    }

    @Test
    void answersNotFoundForATopicThatIsNotThePlatforms() {
        problem(RESOURCE.target("/api/v1/admin/dead-letters/replay").request()
                .post(fixture("dead-letters/replay-unknown-topic.json")), 404, "not-found");
        problem(RESOURCE.target("/api/v1/admin/dead-letters").queryParam("topic", "lg.nowhere.things").request().get(),
                404, "not-found");
    }

    @Test
    void requiresATopicToList() {
        JsonNode problem = problem(RESOURCE.target("/api/v1/admin/dead-letters").request().get(), 400, "validation-failed");

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("topic");
    }

    private static ResourceExtension resource() {
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .addResource(new DeadLetterResource(new DeadLetters(NO_KAFKA), PlatformTopics.ALL));
        ProblemJson.providers(65_536).forEach(builder::addProvider);
        return builder.build();
    }

    private static JsonNode problem(Response response, int status, String slug) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        try {
            JsonNode problem = new ObjectMapper().readTree(body);
            assertThat(problem.get("type").asText()).isEqualTo("urn:lg-platform:problem:" + slug);
            return problem;
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }

    private static Entity<String> fixture(String name) {
        try (InputStream in = DeadLetterResourceTest.class.getResourceAsStream("/" + name)) {
            return Entity.entity(new String(in.readAllBytes(), StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}

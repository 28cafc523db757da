package jp.lg.platform.directory;

import static jp.lg.platform.schemas.EventFixtures.collaborationChanged;
import static jp.lg.platform.schemas.EventFixtures.tenantRegistered;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemJson;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.support.Json;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CollaborationMembersResourceTest {

    private static TopologyTestDriver driver;
    private static boolean streamsReady = true;

    static final ResourceExtension RESOURCES = buildResources();

    @BeforeAll
    static void startDriver() throws IOException {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "collaboration-members-resource-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("lg-streams-test-").toString());
        driver = new TopologyTestDriver(DirectoryTopology.buildTopology(), props);
        var tenants = driver.createInputTopic(DirectoryTopics.TENANTS.name(),
                DirectoryTopics.TENANTS.keySerde().serializer(), DirectoryTopics.TENANTS.valueSerde().serializer());
        var collaborations = driver.createInputTopic(DirectoryTopics.COLLABORATIONS.name(),
                DirectoryTopics.COLLABORATIONS.keySerde().serializer(), DirectoryTopics.COLLABORATIONS.valueSerde().serializer());
        tenants.pipeInput("380008", tenantRegistered("380008", "愛媛県", "Ehime", "prefecture", 1_312_298));
        tenants.pipeInput("382060", tenantRegistered("382060", "西条市", "Saijo", "city", 104_474));
        collaborations.pipeInput("toyo", collaborationChanged("toyo", "東予連携", "380008", List.of("386014", "382060")));
    }

    @AfterAll
    static void closeDriver() {
        driver.close();
    }

    @AfterEach
    void streamsBackUp() {
        streamsReady = true;
    }

    @Test
    void answersTheLeadAndTheMembersWithTheirDirectoryEntries() {
        JsonNode body = Json.read(RESOURCES.target("/api/v1/collaborations/toyo/members").request().get(String.class));

        assertThat(body.get("nameJa").asText()).isEqualTo("東予連携");
        assertThat(body.at("/lead/nameJa").asText()).isEqualTo("愛媛県");
        assertThat(body.at("/members/0/code").asText()).isEqualTo("382060");
        assertThat(body.at("/members/0/nameJa").asText()).isEqualTo("西条市");
        assertThat(body.at("/members/0/population").asLong()).isEqualTo(104_474);
        assertThat(body.at("/members/1/code").asText()).isEqualTo("386014");
        assertThat(body.at("/members/1/nameJa").isNull()).isTrue();
    }

    @Test
    void anUnknownCollaborationIsNotFound() {
        Response response = RESOURCES.target("/api/v1/collaborations/nowhere/members").request().get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(Json.read(response.readEntity(String.class)).get("type").asText())
                .isEqualTo("urn:lg-platform:problem:not-found");
    }

    @Test
    void whileTheStreamIsNotReadyTheAnswerIsServiceUnavailable() {
        streamsReady = false;

        Response response = RESOURCES.target("/api/v1/collaborations/toyo/members").request().get();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(Json.read(response.readEntity(String.class)).get("type").asText())
                .isEqualTo("urn:lg-platform:problem:service-unavailable");
    }

    private static <K, V> ReadOnlyKeyValueStore<K, V> stores(String name) {
        if (!streamsReady) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The " + name + " view is not available");
        }
        return driver.getKeyValueStore(name);
    }

    private static ResourceExtension buildResources() {
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setMapper(Jackson.newObjectMapper())
                .setRegisterDefaultExceptionMappers(false)
                .addResource(new CollaborationMembersResource(new DirectoryView(CollaborationMembersResourceTest::stores)));
        ProblemJson.providers(1_024).forEach(builder::addProvider);
        return builder.build();
    }
}

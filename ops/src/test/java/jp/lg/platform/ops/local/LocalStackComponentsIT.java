package jp.lg.platform.ops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalStackComponentsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path TARGET = Path.of("target");

    private static LocalPostgres postgres;
    private static LocalKafka kafka;
    private static LocalKeycloak keycloak;

    @BeforeAll
    static void startComponents() {
        Path shared = Path.of(System.getProperty("lg.shared.dir", "../../shared"), "data");
        Path realm = TARGET.resolve("it-realm-lg.json");
        new RealmGenerator().write(shared, realm, RealmGenerator.DEFAULT_APP_PORT);
        Path home = Path.of(System.getProperty("lg.keycloak.home", "target/keycloak/keycloak-26.7.3"));
        CompletableFuture<LocalKeycloak> starting = CompletableFuture.supplyAsync(
                () -> LocalKeycloak.startEphemeral(home, realm, TARGET.resolve("it-keycloak.log")));
        postgres = LocalPostgres.startEphemeral();
        kafka = LocalKafka.startEphemeral();
        keycloak = starting.join();
    }

    @AfterAll
    static void stopComponents() {
        for (AutoCloseable component : new AutoCloseable[] {keycloak, kafka, postgres}) {
            try {
                if (component != null) {
                    component.close();
                }
            } catch (Exception e) {
                System.err.println("could not stop " + component + ": " + e);
            }
        }
    }

    @Test
    void applicationRoleConnectsToLgWithoutBypassingRowLevelSecurity() throws Exception {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(LocalPostgres.DATABASE),
                LocalPostgres.APP_ROLE, LocalPostgres.APP_PASSWORD);
                ResultSet row = db.createStatement().executeQuery(
                        "SELECT current_user, rolsuper, rolbypassrls, "
                                + "(SELECT datdba::regrole::text FROM pg_database WHERE datname = current_database()) "
                                + "FROM pg_roles WHERE rolname = current_user")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("lg_app");
            assertThat(row.getBoolean(2)).as("superuser").isFalse();
            assertThat(row.getBoolean(3)).as("bypassrls").isFalse();
            assertThat(row.getString(4)).as("database owner").isEqualTo("lg_owner");
        }
    }

    @Test
    void kafkaTopicCanBeCreatedAndARecordProducedAndConsumed() throws Exception {
        String topic = "lg.it.smoke";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(), "enable.idempotence", true),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "382060", "hello Saijo")).get();
        }
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", kafka.bootstrapServers(), "group.id", "it", "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("382060");
            assertThat(record.value()).isEqualTo("hello Saijo");
        });
    }

    @Test
    void saijoStaffGetsATokenForTheApiWithItsOrganizationAndRole() throws Exception {
        JsonNode claims = accessTokenClaims("saijo.staff");
        assertThat(texts(claims.get("organization"))).containsExactly("382060");
        assertThat(texts(claims.at("/realm_access/roles"))).contains("staff");
        assertThat(audiences(claims)).contains("lg-api");
        assertThat(claims.get("preferred_username").asText()).isEqualTo("saijo.staff");
        assertThat(claims.get("iss").asText()).isEqualTo(keycloak.issuer());
    }

    @Test
    void ehimeCoordinatorBelongsToThePrefecture() throws Exception {
        JsonNode claims = accessTokenClaims("ehime.coordinator");
        assertThat(texts(claims.get("organization"))).containsExactly("380008");
        assertThat(texts(claims.at("/realm_access/roles"))).contains("coordinator");
    }

    @Test
    void platformAdminHasNoOrganization() throws Exception {
        JsonNode claims = accessTokenClaims("platform.admin");
        assertThat(claims.has("organization")).isFalse();
        assertThat(texts(claims.at("/realm_access/roles"))).contains("platform-admin");
        assertThat(audiences(claims)).contains("lg-api");
    }

    private static JsonNode accessTokenClaims(String username) throws Exception {
        String form = "grant_type=password&client_id=lg-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + DemoUser.PASSWORD;
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(keycloak.tokenEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = JSON.readTree(response.body()).get("access_token").asText();
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        return aud.isArray() ? texts(aud) : List.of(aud.asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}

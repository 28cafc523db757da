package jp.lg.platform.directory;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.streams.StreamsRuntime;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.events.directory.TenantSnapshot;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.Tokens;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The directory stream on the real Kafka broker, fed by the application's outbox relay: reference
 * data, a tenant registered through the API and a collaboration changed through the API all reach
 * {@link DirectoryView} without it touching the database.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DirectoryStreamsIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    static Path stateDir;

    private static StreamsRuntime runtime;
    private static DirectoryView directory;

    @BeforeAll
    static void startTheDirectoryStream() {
        KafkaConfig kafka = Jackson.newObjectMapper().convertValue(Map.of(
                "bootstrapServers", PlatformStack.get().kafka().bootstrapServers(),
                "streamsStateDir", stateDir.toString()), KafkaConfig.class);
        runtime = new StreamsRuntime("lg-platform.directory-it-" + UUID.randomUUID(), DirectoryTopology.buildTopology(),
                kafka, new MetricRegistry());
        runtime.start();
        directory = new DirectoryView(runtime);
    }

    @AfterAll
    static void stopTheDirectoryStream() {
        runtime.stop();
    }

    @Test
    void theTeamEhimeMembersOfTheReferenceDataComeOutOfTheStream() {
        CollaborationMembers team = eventually(() -> directory.members("team-ehime"), t -> t.members().size() == 20);

        assertThat(team.nameJa()).isEqualTo("チーム愛媛");
        assertThat(team.lead().tenant().map(TenantSnapshot::getNameJa)).contains("愛媛県");
        assertThat(team.members()).filteredOn(m -> m.code().equals("382060")).singleElement()
                .satisfies(saijo -> assertThat(saijo.tenant().map(TenantSnapshot::getNameJa)).contains("西条市"));
        assertThat(team.members()).allSatisfy(member -> assertThat(member.tenant()).isPresent());
        assertThat(runtime.state()).isEqualTo(KafkaStreams.State.RUNNING);
    }

    @Test
    void aTenantRegisteredThroughTheApiAppearsInTheDirectory() {
        assertThat(call(APP, "/api/v1/tenants", Tokens.forUser("platform.admin"))
                .post(jsonFixture("streams/miyazaki.json")).getStatus()).isEqualTo(201);

        TenantSnapshot miyazaki = eventually(() -> directory.tenant("450006"), t -> true);

        assertThat(miyazaki.getNameJa()).isEqualTo("宮崎県");
        assertThat(miyazaki.getKind()).isEqualTo("prefecture");
    }

    @Test
    void aTenantAddedToACollaborationThroughTheApiIsAmongItsMembers() {
        String admin = Tokens.forUser("platform.admin");
        assertThat(call(APP, "/api/v1/tenants", admin).post(jsonFixture("streams/oita.json")).getStatus()).isEqualTo(201);
        assertThat(call(APP, "/api/v1/collaborations/hoyo-strait", admin)
                .put(jsonFixture("streams/hoyo-strait.json")).getStatus()).isEqualTo(201);
        eventually(() -> directory.members("hoyo-strait"), c -> c.members().size() == 1);

        assertThat(call(APP, "/api/v1/collaborations/hoyo-strait", admin)
                .put(jsonFixture("streams/hoyo-strait-with-oita.json")).getStatus()).isEqualTo(200);

        CollaborationMembers hoyo = eventually(() -> directory.members("hoyo-strait"), c -> c.members().size() == 2);
        assertThat(hoyo.members()).extracting(CollaborationMembers.Member::code).containsExactly("382060", "440001");
        assertThat(hoyo.members().get(1).tenant().map(TenantSnapshot::getNameJa)).contains("大分県");
    }

    /** Polls until {@code read} gives a value that passes {@code until}; the relay and the stream are asynchronous. */
    private static <T> T eventually(Supplier<Optional<T>> read, Predicate<T> until) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Object last = "nothing";
        while (Instant.now().isBefore(deadline)) {
            try {
                Optional<T> value = read.get();
                if (value.isPresent() && until.test(value.get())) {
                    return value.get();
                }
                last = value;
            } catch (ProblemException e) {
                last = e.getMessage();
            }
            pause();
        }
        throw new AssertionError("not there after " + PATIENCE.toSeconds() + " s; last seen: " + last);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

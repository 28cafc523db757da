package jp.lg.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.lg.platform.ops.local.LocalKafka;
import jp.lg.platform.ops.local.LocalKeycloak;
import jp.lg.platform.ops.local.LocalPostgres;
import jp.lg.platform.ops.local.RealmGenerator;
import org.jdbi.v3.core.Jdbi;

/**
 * The real infrastructure for integration tests, started once per test JVM: an embedded
 * PostgreSQL, an in-process Kafka broker and Keycloak with the generated {@code lg} realm. All of
 * it is temporary and stopped when the JVM exits.
 */
public final class PlatformStack {

    private static PlatformStack instance;

    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final LocalKeycloak keycloak;
    private final Path streamsStateDir;

    private PlatformStack(LocalPostgres postgres, LocalKafka kafka, LocalKeycloak keycloak, Path streamsStateDir) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.streamsStateDir = streamsStateDir;
    }

    public static synchronized PlatformStack get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "platform-stack-stop"));
        }
        return instance;
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalKeycloak keycloak() {
        return keycloak;
    }

    /** Kafka Streams state of the applications under test, apart from any other run on this machine. */
    public Path streamsStateDir() {
        return streamsStateDir;
    }

    /** A Jdbi connected as the schema owner, which sees every row (row-level security does not apply). */
    public Jdbi ownerJdbi() {
        return Jdbi.create(postgres.jdbcUrl(LocalPostgres.DATABASE), LocalPostgres.OWNER_ROLE, LocalPostgres.OWNER_PASSWORD);
    }

    /** {@code ../shared/data}, the reference data the realm and the directory come from. */
    public static Path sharedData() {
        String configured = System.getProperty("lg.shared.dir", "../../shared");
        return Path.of(configured).resolve("data").toAbsolutePath().normalize();
    }

    private static PlatformStack start() {
        try {
            Path work = Files.createTempDirectory("lg-it-");
            Path realm = work.resolve("lg-realm.json");
            new RealmGenerator().write(sharedData(), realm, 8080);
            LocalPostgres postgres = LocalPostgres.startEphemeral();
            LocalKafka kafka = LocalKafka.startEphemeral();
            Path keycloakHome = Path.of(System.getProperty("lg.keycloak.home",
                    "../ops/target/keycloak/keycloak-26.7.3"));
            LocalKeycloak keycloak = LocalKeycloak.startEphemeral(keycloakHome, realm, work.resolve("keycloak.log"));
            return new PlatformStack(postgres, kafka, keycloak, work.resolve("streams"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the integration test stack", e);
        }
    }

    private void stop() {
        keycloak.close();
        kafka.close();
        postgres.close();
    }
}

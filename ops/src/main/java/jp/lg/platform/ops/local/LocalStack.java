package jp.lg.platform.ops.local;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The local stack ({@code ops/local/up}): embedded PostgreSQL, an in-process Kafka broker, Keycloak
 * as a child process and the application, all on 127.0.0.1 with data in {@code ops/local/data}.
 * Keycloak, the slowest, starts first and in parallel. Ctrl-C or a failed start stops everything
 * in reverse order.
 */
public final class LocalStack {

    private final LocalStackOptions options;
    private final Console console;
    private final ShutdownList started = new ShutdownList();
    private final long startNanos = System.nanoTime();

    private LocalStack(LocalStackOptions options, Console console) {
        this.options = options;
        this.console = console;
    }

    /** Starts the stack and blocks until Ctrl-C; see {@link LocalStackOptions#usage()} for the options. */
    public static void main(String[] args) throws InterruptedException {
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(LocalStackOptions.usage());
            return;
        }
        Console console = new Console(System.out, System.console() != null);
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(List.of(args), System.getenv(), Path.of(""));
        } catch (IllegalArgumentException e) {
            console.line(e.getMessage());
            System.exit(2);
            return;
        }
        List<String> portProblems = PortCheck.problems(options, Ports::isFree);
        if (!portProblems.isEmpty()) {
            portProblems.forEach(problem -> console.line("cannot start: " + problem));
            System.exit(1);
        }
        LocalStack stack = new LocalStack(options, console);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "local-stack-shutdown"));
        try {
            stack.start();
        } catch (RuntimeException | ExecutionException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            console.line("");
            console.line("local stack failed to start: " + cause.getMessage());
            System.exit(1);
        }
        new CountDownLatch(1).await();
    }

    private void start() throws ExecutionException, InterruptedException {
        Path data = prepareDataDir();
        console.line("lg-platform local stack; data in " + data);
        Path realm = data.resolve("realm-lg.json");
        new RealmGenerator().write(options.sharedDir(), realm, options.appPort());
        ExecutorService keycloakStarter = Executors.newSingleThreadExecutor();
        Future<LocalKeycloak> keycloak = keycloakStarter.submit(() -> startKeycloak(realm));
        keycloakStarter.shutdown();
        try {
            LocalPostgres postgres = timed("PostgreSQL", () -> LocalPostgres.start(data.resolve("postgres"),
                    options.postgresPort()), pg -> pg.jdbcUrl(LocalPostgres.DATABASE));
            LocalKafka kafka = timed("Kafka", () -> LocalKafka.start(data.resolve("kafka"), options.kafkaPort(),
                    options.kafkaControllerPort()), LocalKafka::bootstrapServers);
            LocalKeycloak kc = keycloak.get();
            LocalMail mail = timed("mail", LocalMail::start, m -> "smtp://127.0.0.1:" + m.smtpPort());
            Path appConfig = data.resolve("app.yml");
            ObjectNode config = AppConfig.tree(options, postgres.jdbcUrl(LocalPostgres.DATABASE),
                    kafka.bootstrapServers(), kc.issuer());
            mail.configure(config);
            AppConfig.write(config, appConfig);
            boolean appStarted = startApp(appConfig);
            new StackSummary(options, console).print(postgres, kafka, kc, appStarted, secondsSinceStart());
            console.line("  e-mail       notifications go to SMTP 127.0.0.1:" + mail.smtpPort() + " (GreenMail); read one over IMAP:");
            console.line("  " + mail.readCommand("saijo.staff@382060.lg.invalid"));
        } catch (RuntimeException | ExecutionException | InterruptedException e) {
            keycloak.cancel(true);
            throw e;
        }
    }

    private LocalKeycloak startKeycloak(Path realm) {
        long start = System.nanoTime();
        LocalKeycloak keycloak = started.add("Keycloak", LocalKeycloak.start(
                StackPaths.keycloakDistribution(options.repoRoot()), options.dataDir().resolve("keycloak"),
                realm, options.keycloakPort(), StackPaths.log(options, "keycloak.log"), LocalKeycloak.DEFAULT_TIMEOUT,
                seconds -> console.progress("  waiting for Keycloak… " + seconds + " s", seconds)));
        console.line(ready("Keycloak", keycloak.baseUrl(), start));
        return keycloak;
    }

    private boolean startApp(Path appConfig) {
        Path jar = StackPaths.appJar(options.repoRoot());
        if (!Files.isRegularFile(jar)) {
            console.line("  application jar " + jar + " not found: the infrastructure is up; build it with "
                    + "`mvn -ntp -B -q -DskipTests install` and run `java -jar " + jar + " server " + appConfig + "`");
            return false;
        }
        long start = System.nanoTime();
        started.add("application", AppProcess.start(jar, appConfig, options.appPort(),
                StackPaths.log(options, "app.log"),
                seconds -> console.progress("  waiting for the application… " + seconds + " s", seconds)));
        console.line(ready("application", "http://127.0.0.1:" + options.appPort(), start));
        return true;
    }

    private <T extends AutoCloseable> T timed(String name, Supplier<T> starter, Function<T, String> url) {
        long start = System.nanoTime();
        T component = started.add(name, starter.get());
        console.line(ready(name, url.apply(component), start));
        return component;
    }

    private static String ready(String name, String url, long startNanos) {
        return String.format("  %-12s ready in %5.1f s  %s", name, (System.nanoTime() - startNanos) / 1e9, url);
    }

    private Path prepareDataDir() {
        Path data = options.dataDir();
        if (options.fresh()) {
            Directories.deleteRecursively(data);
        }
        try {
            Files.createDirectories(data.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + data + ": " + e.getMessage(), e);
        }
        InfraLogging.toFile(StackPaths.log(options, "infra.log"));
        return data;
    }

    private double secondsSinceStart() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private void stop() {
        console.line("");
        console.line("stopping the local stack…");
        started.closeAll(console);
    }

    /** Paths the stack uses inside the repository. */
    static final class StackPaths {

        private StackPaths() {}

        static Path appJar(Path repoRoot) {
            return repoRoot.resolve("tenant-services/target/lg-platform.jar");
        }

        static Path log(LocalStackOptions options, String name) {
            return options.dataDir().resolve("logs").resolve(name);
        }

        /** The one unpacked distribution under {@code ops/target/keycloak}. */
        static Path keycloakDistribution(Path repoRoot) {
            Path parent = repoRoot.resolve("ops/target/keycloak");
            try (Stream<Path> dirs = Files.list(parent)) {
                return dirs.filter(dir -> dir.getFileName().toString().startsWith("keycloak-"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no keycloak-* directory in " + parent));
            } catch (IOException e) {
                throw new UncheckedIOException("no Keycloak distribution in " + parent
                        + "; build first: mvn -ntp -B -q -DskipTests install", e);
            }
        }
    }
}

package jp.lg.platform.ops.local;

/** The summary the local stack prints once everything is up: URLs, logs and a first request. */
final class StackSummary {

    private final LocalStackOptions options;
    private final Console console;

    StackSummary(LocalStackOptions options, Console console) {
        this.options = options;
        this.console = console;
    }

    void print(LocalPostgres postgres, LocalKafka kafka, LocalKeycloak keycloak, boolean appStarted, double seconds) {
        String app = "http://127.0.0.1:" + options.appPort();
        String logs = options.dataDir().resolve("logs").toString();
        console.line("");
        console.line(String.format("lg-platform local stack is up (%.1f s). Ctrl-C stops everything.", seconds));
        console.line("  application  " + app + (appStarted ? "" : "  (not started)"));
        console.line("  admin        http://127.0.0.1:" + options.adminPort());
        console.line("  Keycloak     " + keycloak.baseUrl() + "  (admin console: " + keycloak.baseUrl()
                + "/admin, user " + LocalKeycloak.ADMIN_USER + " / " + LocalKeycloak.ADMIN_PASSWORD + ")");
        console.line("  issuer       " + keycloak.issuer());
        console.line("  Kafka        " + kafka.bootstrapServers());
        console.line("  PostgreSQL   " + postgres.jdbcUrl(LocalPostgres.DATABASE) + "  (user "
                + LocalPostgres.APP_ROLE + "/" + LocalPostgres.APP_PASSWORD + ", owner "
                + LocalPostgres.OWNER_ROLE + "/" + LocalPostgres.OWNER_PASSWORD + ")");
        console.line("  data         " + options.dataDir());
        console.line("  logs         " + logs + "/{app,keycloak,infra}.log");
        console.line("  app config   " + options.dataDir().resolve("app.yml"));
        console.line("");
        console.line("Try it (every demo user's password is " + DemoUser.PASSWORD + "):");
        console.line("  TOKEN=$(curl -s -d grant_type=password -d client_id=" + RealmClients.CLI_CLIENT
                + " -d username=saijo.staff -d password=" + DemoUser.PASSWORD + " " + keycloak.tokenEndpoint()
                + " | jq -r .access_token)");
        console.line("  curl -H \"Authorization: Bearer $TOKEN\" " + app + "/api/v1/me");
    }
}

package jp.lg.platform.ops.bench;

import java.net.http.HttpClient;
import java.sql.SQLException;
import java.time.Duration;
import jp.lg.platform.core.bench.BenchOut;
import jp.lg.platform.core.bench.BenchReport;
import jp.lg.platform.ops.local.LocalPostgres;

/**
 * Step 4 of the outbox scenario: PUT commands at fixed rates, and per event the latency from the
 * command running on the server to the consumer's effect ({@code tenant_history}), or, while no
 * consumer writes {@code tenant_history}, to the event's arrival on Kafka.
 */
final class EndToEnd {

    private static final Duration CONSUMER_DETECTION = Duration.ofSeconds(20);
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    private static final Duration COLLECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration AT_REST = Duration.ofSeconds(5);

    private final BenchStack stack;
    private final BenchApp app;
    private final BenchEvents events;
    private final PublishedLatencies published;
    private final BenchReport report;
    private final BenchOut out;

    EndToEnd(BenchStack stack, BenchApp app, BenchEvents events, PublishedLatencies published, BenchReport report,
            BenchOut out) {
        this.stack = stack;
        this.app = app;
        this.events = events;
        this.published = published;
        this.report = report;
        this.out = out;
    }

    void run() throws Exception {
        HttpClient http = OutboxScenario.httpClient();
        TenantApi api = new TenantApi(app.baseUrl(), stack.keycloak().tokenEndpoint(), http);
        api.prepare(events.tenants());
        try (HistoryLatencies history = historyIfConsumed()) {
            EffectLatencies effect = history != null ? history : published;
            report.text("e2e_measured_to", effect.measuredTo());
            out.line("4/4 end to end, measured to %s; warm-up %d s at %d commands/s", effect.measuredTo(),
                    OutboxScenario.WARM_UP.toSeconds(), OutboxScenario.WARM_UP_RATE);
            CpuMeter.Usage rest = new CpuMeter(app.handle()).atRest(AT_REST);
            out.line("  at rest for %d s: application %.2f cores, machine %.0f %% busy", AT_REST.toSeconds(),
                    rest.appCores(), rest.machineBusy() * 100);
            report.figure("app_cores_at_rest", rest.appCores(), 2).row("at rest", "application CPU, nothing asked",
                    String.format("%.2f cores", rest.appCores()), String.format("%d s before the warm-up; machine %.0f %%"
                            + " busy", AT_REST.toSeconds(), rest.machineBusy() * 100));
            RateDriver driver = new RateDriver(http, out);
            driver.run("warm-up", OutboxScenario.WARM_UP_RATE, OutboxScenario.WARM_UP, api::nextCommand);
            for (int rate : OutboxScenario.RATES) {
                settle(history);
                api.refreshToken();
                phase(driver, api, rate, effect, history);
            }
        }
    }

    /** Lets the consumer finish the previous phase's events, so they do not queue ahead of this one's. */
    private void settle(HistoryLatencies history) throws SQLException, InterruptedException {
        if (history != null && Double.isNaN(history.awaitCaughtUp(CATCH_UP, out))) {
            out.line("  the consumer did not catch up within %d s; measuring anyway", CATCH_UP.toSeconds());
        }
    }

    /** The history source when a consumer fills {@code tenant_history}, caught up; otherwise null. */
    private HistoryLatencies historyIfConsumed() throws SQLException, InterruptedException {
        HistoryLatencies history = new HistoryLatencies(stack.postgres().jdbcUrl(LocalPostgres.DATABASE),
                LocalPostgres.OWNER_ROLE, LocalPostgres.OWNER_PASSWORD);
        try {
            if (history.awaitAnyRecorded(CONSUMER_DETECTION)) {
                long backlog = history.pending();
                double eps = history.awaitCaughtUp(CATCH_UP, out);
                if (!Double.isNaN(eps)) {
                    out.line("  consumer applied a backlog of %,d events at %,.0f events/s", backlog, eps);
                    report.figure("consumer_catch_up_eps", eps, 0).row("consumer", "tenant-history catch-up",
                            String.format("%,.0f events/s", eps), String.format("backlog of %,d after the relay runs",
                                    backlog));
                    return history;
                }
            }
            out.line("  no consumer writes tenant_history in this build: measuring up to \"published to Kafka\"");
        } catch (SQLException e) {
            out.line("  tenant_history unavailable (%s): measuring up to \"published to Kafka\"", e.getMessage());
        }
        history.close();
        return null;
    }

    private void phase(RateDriver driver, TenantApi api, int rate, EffectLatencies effect, HistoryLatencies history)
            throws Exception {
        String label = rate + "/s";
        out.line("  %d commands/s for %d s", rate, OutboxScenario.PHASE.toSeconds());
        CpuMeter cpu = new CpuMeter(app.handle());
        CpuMeter.Reading before = cpu.read();
        RateDriver.Result result = driver.run(label, rate, OutboxScenario.PHASE, api::nextCommand);
        CpuMeter.Usage during = CpuMeter.between(before, cpu.read());
        Percentiles httpMs = new Percentiles(result.httpMillis());
        Percentiles e2e = new Percentiles(effect.collect(result.from(), result.to(), result.ok(), COLLECT_TIMEOUT));
        // every event of the phase applied: the commands' CPU from request to consumer, relay and consumer included
        CpuMeter.Usage throughEffect = CpuMeter.between(before, cpu.read());
        out.line("  %s: %,d ok (%.1f/s), %d failed, %d dropped; HTTP p50 %.1f ms p99 %.1f ms; e2e p50 %.1f ms p99 %.1f ms"
                + " (%,d events)", label, result.ok(), result.achievedPerSecond(), result.failed(), result.dropped(),
                httpMs.at(50), httpMs.at(99), e2e.at(50), e2e.at(99), e2e.count());
        report.figure("commands_per_s_achieved_" + rate, result.achievedPerSecond(), 1)
                .figure("commands_failed_" + rate, result.failed() + result.dropped(), 0)
                .figure("http_p50_ms_" + rate, httpMs.at(50), 1).figure("http_p99_ms_" + rate, httpMs.at(99), 1)
                .figure("e2e_p50_ms_" + rate, e2e.at(50), 1).figure("e2e_p99_ms_" + rate, e2e.at(99), 1)
                .figure("e2e_events_" + rate, e2e.count(), 0)
                .figure("app_cpu_ms_per_command_" + rate, throughEffect.appMillisEach(result.ok()), 2)
                .figure("machine_busy_pct_" + rate, during.machineBusy() * 100, 0);
        out.line("  %s: application %.2f ms CPU a command (until every event applied); while commands ran: application"
                + " %.2f cores, benchmark JVM %.2f, PostgreSQL %.2f, machine %.0f %% busy", label,
                throughEffect.appMillisEach(result.ok()), during.appCores(), during.benchCores(),
                during.postgresCores(), during.machineBusy() * 100);
        report.row("e2e " + label, "commands accepted", String.format("%.1f/s (%,d ok)", result.achievedPerSecond(),
                        result.ok()), String.format("target %d/s; %d failed, %d dropped", rate, result.failed(),
                        result.dropped()))
                .row("e2e " + label, "HTTP p50 / p99", ms(httpMs), "from scheduled send (open loop)")
                .row("e2e " + label, "e2e p50 / p99 (to " + effect.measuredTo() + ")", ms(e2e),
                        goal(rate, e2e) + String.format("%,d of %,d events", e2e.count(), result.ok()))
                .row("e2e " + label, "application CPU a command", String.format("%.2f ms",
                        throughEffect.appMillisEach(result.ok())), "request, relay and consumer, until every event applied")
                .row("e2e " + label, "machine busy", String.format("%.0f %%", during.machineBusy() * 100),
                        "all cores, all processes (benchmark included), while commands ran");
        if (history != null) {
            double applied = history.appliedPerSecond(result.from(), result.to());
            report.figure("consumer_eps_during_" + rate, applied, 0)
                    .row("e2e " + label, "consumer applied meanwhile", String.format("%,.0f events/s", applied),
                            "tenant_history rows recorded while commands ran");
            Percentiles toKafka = new Percentiles(published.collect(result.from(), result.to(), result.ok(),
                    COLLECT_TIMEOUT));
            report.figure("published_p50_ms_" + rate, toKafka.at(50), 1)
                    .figure("published_p99_ms_" + rate, toKafka.at(99), 1)
                    .row("e2e " + label, "to Kafka p50 / p99", ms(toKafka), "occurredAt -> read from the topic");
        }
    }

    private static String goal(int rate, Percentiles e2e) {
        if (rate != 500) {
            return "";
        }
        return String.format("goal p99 <= %.0f ms: %s; ", OutboxScenario.E2E_P99_GOAL_MS,
                e2e.at(99) <= OutboxScenario.E2E_P99_GOAL_MS ? "met" : "NOT met");
    }

    private static String ms(Percentiles p) {
        return String.format("%.1f / %.1f ms", p.at(50), p.at(99));
    }
}

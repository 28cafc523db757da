package jp.lg.platform.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchReportTest {

    @Test
    void jsonLineHoldsTheFiguresInMeasuredOrderRounded() {
        BenchReport report = new BenchReport("outbox", "section").figure("relay_ratio", 0.81234, 2).figure("e2e_p99_ms_500", 31.25, 1)
                .text("e2e_measured_to", "tenant_history");

        assertThat(report.json()).isEqualTo(
                "{\"scenario\":\"outbox\",\"relay_ratio\":0.81,\"e2e_p99_ms_500\":31.3,\"e2e_measured_to\":\"tenant_history\"}");
    }

    @Test
    void aFigureThatCouldNotBeMeasuredIsNullNotZero() {
        assertThat(new BenchReport("outbox", "section").figure("e2e_p99_ms_500", Double.NaN, 1).json())
                .isEqualTo("{\"scenario\":\"outbox\",\"e2e_p99_ms_500\":null}");
    }

    @Test
    void tableAlignsEveryColumnToItsWidestCell() {
        BenchReport report = new BenchReport("outbox", "section").row("relay", "relay / raw JDBC commits", "0.81", "goal >= 0.70: met")
                .row("e2e 500/s", "HTTP p50 / p99", "3.1 / 12.0 ms", "");

        assertThat(report.table()).isEqualTo("""
                | section   | figure                   | value         | baseline / goal   |
                | --------- | ------------------------ | ------------- | ----------------- |
                | relay     | relay / raw JDBC commits | 0.81          | goal >= 0.70: met |
                | e2e 500/s | HTTP p50 / p99           | 3.1 / 12.0 ms |                   |
                """);
    }
}

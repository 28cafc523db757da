package jp.lg.platform.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a cell as the rows of its metrics in {@code metric_values}, replacing what was there, in one
 * transaction: writing the same cell twice leaves the same rows, so a replay is harmless.
 */
final class JdbcMetricSink implements MetricSink {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;

    JdbcMetricSink(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void write(CellKey key, Cell cell) {
        jdbi.useTransaction(handle -> {
            for (Metric metric : MetricCatalogue.of(key)) {
                upsert(handle, metric, key, Figure.of(metric, cell));
            }
        });
    }

    private static void upsert(Handle handle, Metric metric, CellKey key, Figure figure) {
        handle.createUpdate("insert into metric_values (metric_id, municipality_code, period, programme, specialty,"
                        + " value, observations, numerator, denominator, distribution, updated_at)"
                        + " values (:metric, :town, :period, :programme, :specialty, :value, :n, :num, :den,"
                        + " cast(:distribution as jsonb), now())"
                        + " on conflict (metric_id, municipality_code, period, programme, specialty) do update set"
                        + " value = excluded.value, observations = excluded.observations, numerator = excluded.numerator,"
                        + " denominator = excluded.denominator, distribution = excluded.distribution,"
                        + " updated_at = excluded.updated_at")
                .bind("metric", metric.id())
                .bind("town", key.municipality())
                .bind("period", key.period())
                .bind("programme", key.programme())
                .bind("specialty", key.specialty())
                .bind("value", figure.value(metric.kind()))
                .bind("n", figure.observations(metric.kind()))
                .bind("num", figure.numerator())
                .bind("den", figure.denominator())
                .bind("distribution", json(figure))
                .execute();
    }

    private static String json(Figure figure) {
        try {
            return JSON.writeValueAsString(figure.distribution());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

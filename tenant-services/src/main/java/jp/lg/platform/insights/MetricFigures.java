package jp.lg.platform.insights;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads {@code metric_values}: the figures of a metric per municipality and period, summed over
 * programmes and specialties (or only those asked for). Towns and periods without a row have none.
 */
final class MetricFigures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<Integer, Long>> DISTRIBUTION = new TypeReference<>() {};

    /** The rows of the asked towns, months, programme and specialty (null: all). */
    private static final String ROWS = " from metric_values where metric_id = :metric"
            + " and municipality_code = any(:towns) and period >= :from and period <= :to"
            + " and (cast(:programme as text) is null or programme = :programme)"
            + " and (cast(:specialty as text) is null or specialty = :specialty)";
    private static final String TOTALS = "select municipality_code, period, sum(observations) as observations,"
            + " sum(numerator) as numerator, sum(denominator) as denominator" + ROWS
            + " group by municipality_code, period";
    /** The merged distribution of each town and month as one JSON object, value → how many. */
    private static final String DISTRIBUTIONS = "select municipality_code, period,"
            + " jsonb_object_agg(value, n)::text as distribution from (select municipality_code, period, d.key as value,"
            + " sum(d.value::bigint) as n from (select municipality_code, period, distribution" + ROWS + ") r,"
            + " jsonb_each_text(r.distribution) d group by municipality_code, period, d.key) merged"
            + " group by municipality_code, period";

    private final Jdbi jdbi;

    MetricFigures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Town → period → figure; {@code from} and {@code to} are both months or both fiscal years. Only month
     * rows are stored: a fiscal year's figure is the sum of its months' (exact, since every row keeps its
     * observations). PostgreSQL adds up the rows of each town and month (programmes, specialties) and, for
     * medians and percentiles, merges their distributions, so a town's month arrives as one row.
     */
    Map<String, Map<String, Figure>> read(Metric metric, List<String> towns, String from, String to,
            Optional<String> programme, Optional<String> specialty) {
        boolean distributed = metric.kind() == Metric.Kind.MEDIAN || metric.kind() == Metric.Kind.P90;
        Map<String, Map<String, Figure>> figures = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(distributed ? DISTRIBUTIONS : TOTALS)
                .bind("metric", metric.id())
                .bind("towns", towns.toArray(String[]::new))
                .bind("from", Periods.firstMonthIn(from))
                .bind("to", Periods.lastMonthIn(to))
                .bind("programme", metric.response().or(() -> programme).orElse(null))
                .bind("specialty", specialty.orElse(null))
                .map((rs, ctx) -> {
                    Figure figure = distributed
                            ? new Figure(0, 0, 0, distribution(rs.getString("distribution")))
                            : new Figure(metric.kind() == Metric.Kind.COUNT ? rs.getLong("observations") : 0,
                                    rs.getLong("numerator"), rs.getLong("denominator"), Cell.NO_DAYS);
                    figures.computeIfAbsent(rs.getString("municipality_code"), t -> new HashMap<>())
                            .merge(Periods.countedIn(rs.getString("period"), from), figure, Figure::plus);
                    return null;
                })
                .list());
        return figures;
    }

    /** When each metric last changed, by metric id. */
    Map<String, java.time.Instant> lastUpdates() {
        Map<String, java.time.Instant> updates = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery("select metric_id, max(updated_at) as at from metric_values group by metric_id")
                .map((rs, ctx) -> updates.put(rs.getString("metric_id"),
                        rs.getObject("at", java.time.OffsetDateTime.class).toInstant()))
                .list());
        return updates;
    }

    private static TreeMap<Integer, Long> distribution(String json) {
        try {
            return JSON.readValue(json, DISTRIBUTION);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

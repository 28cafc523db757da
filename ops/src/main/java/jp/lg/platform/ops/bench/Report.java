package jp.lg.platform.ops.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one scenario: named numbers for the final JSON line, in the order they were
 * measured, and the rows of the table people read. Not thread-safe; fill it from one thread.
 */
final class Report {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<BenchTable.Row> rows = new ArrayList<>();

    Report(String scenario) {
        figures.put("scenario", scenario);
    }

    /** Records {@code value} under {@code key}, rounded to {@code decimals}; NaN becomes null. */
    Report figure(String key, double value, int decimals) {
        figures.put(key, Double.isFinite(value)
                ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP) : null);
        return this;
    }

    Report text(String key, String value) {
        figures.put(key, value);
        return this;
    }

    /** Adds a table row: what was measured, its value with unit, and what to compare it with. */
    Report row(String section, String what, String value, String compare) {
        rows.add(new BenchTable.Row(section, what, value, compare));
        return this;
    }

    List<BenchTable.Row> rows() {
        return List.copyOf(rows);
    }

    /** The figures as one line of JSON. */
    String json() {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

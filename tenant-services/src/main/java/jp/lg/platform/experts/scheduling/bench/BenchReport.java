package jp.lg.platform.experts.scheduling.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one benchmark run: named values for the final JSON line, in the order measured, and
 * the rows of the Markdown table people read. Not thread-safe; fill it from one thread.
 */
final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] HEADER = {"size", "figure", "value", "baseline / goal"};

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    BenchReport(String scenario) {
        figures.put("scenario", scenario);
    }

    /** Records {@code value} rounded to {@code decimals}; NaN becomes null. */
    BenchReport figure(String key, double value, int decimals) {
        figures.put(key, Double.isFinite(value) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP) : null);
        return this;
    }

    BenchReport text(String key, Object value) {
        figures.put(key, value == null ? null : value.toString());
        return this;
    }

    BenchReport row(String size, String figure, String value, String compare) {
        rows.add(new String[] {size, figure, value, compare});
        return this;
    }

    String json() {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows as a Markdown table with padded columns. */
    String table() {
        int[] widths = new int[HEADER.length];
        List<String[]> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(rows);
        all.forEach(cells -> {
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < all.size(); r++) {
            line(out, all.get(r), widths);
            if (r == 0) {
                String[] rule = new String[HEADER.length];
                for (int i = 0; i < rule.length; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                line(out, rule, widths);
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.length; i++) {
            out.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
        }
        out.append('\n');
    }
}

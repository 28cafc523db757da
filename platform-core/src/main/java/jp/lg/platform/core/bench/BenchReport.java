package jp.lg.platform.core.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one benchmark run: named values for the final JSON line, in the order they were
 * measured, and the rows of the Markdown table people read. Not thread-safe; fill it from one thread.
 */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String[] header;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final List<String[]> rows = new ArrayList<>();

    /** {@code groupHeader} heads the table's first column (e.g. "section", "size"). */
    public BenchReport(String scenario, String groupHeader) {
        this.header = new String[] {groupHeader, "figure", "value", "baseline / goal"};
        figures.put("scenario", scenario);
    }

    /** Records {@code value} under {@code key}, rounded to {@code decimals}; NaN becomes null. */
    public BenchReport figure(String key, double value, int decimals) {
        figures.put(key, Double.isFinite(value)
                ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP) : null);
        return this;
    }

    public BenchReport text(String key, Object value) {
        figures.put(key, value == null ? null : value.toString());
        return this;
    }

    /** Adds a table row: its group, what was measured, its value with unit, and what to compare it with. */
    public BenchReport row(String group, String figure, String value, String compare) {
        rows.add(new String[] {group, figure, value, compare});
        return this;
    }

    /** The figures as one line of JSON. */
    public String json() {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows as a Markdown table with padded columns (also readable as plain text). */
    public String table() {
        int[] widths = new int[header.length];
        List<String[]> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (String[] cells : all) {
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        String[] rule = new String[header.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        line(out, rule, widths);
        rows.forEach(cells -> line(out, cells, widths));
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

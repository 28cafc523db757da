package jp.lg.platform.ops.bench;

import java.util.List;

/** Renders a scenario's figures as a plain-text table (also valid Markdown). */
final class BenchTable {

    private static final String[] HEADER = {"section", "figure", "value", "baseline / goal"};

    private BenchTable() {}

    /** One line of the table. */
    record Row(String section, String what, String value, String compare) {
        String[] cells() {
            return new String[] {section, what, value, compare};
        }
    }

    static String render(List<Row> rows) {
        int[] widths = new int[HEADER.length];
        for (int i = 0; i < HEADER.length; i++) {
            widths[i] = HEADER[i].length();
        }
        for (Row row : rows) {
            String[] cells = row.cells();
            for (int i = 0; i < cells.length; i++) {
                widths[i] = Math.max(widths[i], cells[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, HEADER, widths);
        String[] rule = new String[HEADER.length];
        for (int i = 0; i < rule.length; i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row.cells(), widths));
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

package jp.lg.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The comparison table of an inquiry as CSV for Excel: UTF-8 with BOM, Japanese headers (団体コード,
 * 団体名, 回答状況, 回答日時, then each question), one line per town, unanswered towns last.
 */
final class AnswerCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AnswerCsv() {}

    static String render(AnswerTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        List<String> header = new ArrayList<>(List.of("団体コード", "団体名", "回答状況", "回答日時"));
        table.fields().forEach(f -> header.add(f.label()));
        line(csv, header);
        for (AnswerTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.tenantCode(), row.name(), "回答済み",
                    row.updatedAt().format(TIME)));
            table.fields().forEach(f -> cells.add(text(row.values().get(f.key()))));
            line(csv, cells);
        }
        for (AnswerTable.Town town : table.pending()) {
            List<String> cells = new ArrayList<>(List.of(town.tenantCode(), town.name(), "未回答", ""));
            table.fields().forEach(f -> cells.add(""));
            line(csv, cells);
        }
        return csv.toString();
    }

    private static String text(JsonNode value) {
        return value == null ? "" : value.isTextual() ? value.asText() : value.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quotes a cell that needs it; a cell starting like a formula is prefixed with ' so Excel shows it as text. */
    static String quote(String cell) {
        String safe = cell.matches("(?s)^[=+\\-@\\t\\r].*") && !cell.matches("^-?[0-9.]+$") ? "'" + cell : cell;
        return safe.matches("(?s).*[\",\\r\\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}

package jp.lg.platform.experts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads Japanese as
 * mojibake), Japanese headers, the fiscal year as users write it (令和8年度), blank where there
 * is no cap.
 */
final class DispatchSummaryCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("年度").addColumn("団体コード").addColumn("団体名").addColumn("区分").addColumn("制度コード")
            .addColumn("制度名").addColumn("依頼数").addColumn("確定").addColumn("完了").addColumn("辞退")
            .addColumn("上限").addColumn("残り")
            .setUseHeader(true)
            .build();

    private DispatchSummaryCsv() {}

    static String write(DispatchSummary summary) {
        List<List<Object>> rows = new ArrayList<>();
        String year = summary.fiscalYear().japaneseName();
        for (DispatchSummary.Line line : summary.lines()) {
            rows.add(List.of(year, line.municipalityCode(), line.municipalityName(),
                    line.kind() == DispatchSummary.CapKind.PROGRAMME ? "制度" : "合算上限", line.code(), line.nameJa(),
                    line.requested(), line.confirmed(), line.completed(), line.declined(),
                    line.limit() == null ? "" : line.limit(), line.remaining() == null ? "" : line.remaining()));
        }
        try {
            return BOM + CSV.writer(SCHEMA).writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(DispatchSummary summary) {
        return "expert-dispatch-summary-" + summary.fiscalYear().startYear() + ".csv";
    }
}

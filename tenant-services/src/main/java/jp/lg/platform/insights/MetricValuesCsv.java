package jp.lg.platform.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Metric values as CSV for Excel: UTF-8 with a byte-order mark, Japanese headers, one line per row and
 * then the totals; a suppressed value is blank with {@code < 3} in 秘匿.
 */
final class MetricValuesCsv {

    static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final String BOM = "\uFEFF";
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.builder()
            .addColumn("指標").addColumn("期間").addColumn("区分").addColumn("名称").addColumn("人口").addColumn("値")
            .addColumn("単位").addColumn("秘匿")
            .setUseHeader(true)
            .build();

    private MetricValuesCsv() {}

    static String write(MetricValuesView view) {
        List<List<Object>> lines = new ArrayList<>();
        for (List<MetricValuesView.Row> rows : List.of(view.rows(), view.totals())) {
            for (MetricValuesView.Row r : rows) {
                lines.add(List.of(view.metric(), r.period(), r.group(), r.name() == null ? "" : r.name(),
                        r.population() == null ? "" : r.population(), r.value() == null ? "" : r.value().toPlainString(),
                        view.per().equals("per10000") ? view.unit() + "/1万人" : view.unit(),
                        r.suppressed() == null ? "" : r.suppressed()));
            }
        }
        try {
            return BOM + CSV.writer(SCHEMA).writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fileName(MetricValuesView view) {
        return view.metric() + "-" + view.from() + "-" + view.to() + ".csv";
    }
}

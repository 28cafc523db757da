package jp.lg.platform.insights;

import java.util.ArrayList;
import java.util.List;
import jp.lg.platform.core.web.Tables;

/**
 * Metric values and peers as a table for people: CSV for Excel (UTF-8 with BOM) or .xlsx through {@link Tables},
 * Japanese headers, one line per row and then the totals; a withheld value is blank with {@code < 3} or 匿名 in 秘匿.
 */
final class MetricValuesTable {

    static final List<String> HEADERS = List.of("指標", "期間", "区分", "名称", "人口", "値", "単位", "秘匿");
    static final List<String> PEER_HEADERS = List.of("指標", "順位", "区分", "名称", "人口", "人口規模", "期間", "値", "単位",
            "秘匿");

    private MetricValuesTable() {}

    static Tables.Table of(MetricValuesView view) {
        List<List<Object>> lines = new ArrayList<>();
        String unit = unit(view.unit(), view.per());
        for (List<MetricValuesView.Row> rows : List.of(view.rows(), view.totals())) {
            for (MetricValuesView.Row r : rows) {
                lines.add(java.util.Arrays.asList(view.metric(), r.period(), r.group(), r.name(), r.population(),
                        r.value(), unit, r.suppressed()));
            }
        }
        return new Tables.Table(view.metric(), HEADERS, lines);
    }

    static Tables.Table of(PeersView view) {
        List<List<Object>> lines = new ArrayList<>();
        String unit = unit(view.unit(), view.per());
        List<PeersView.Peer> all = new ArrayList<>(List.of(view.municipality()));
        all.addAll(view.peers());
        for (PeersView.Peer p : all) {
            for (MetricValuesView.Row r : p.values()) {
                lines.add(java.util.Arrays.asList(view.metric(), p.rank(), p.group(), p.name(), p.population(),
                        p.populationBand(), r.period(), r.value(), unit, r.suppressed()));
            }
        }
        return new Tables.Table(view.metric(), PEER_HEADERS, lines);
    }

    static String fileName(String metric, String from, String to, String extension) {
        return metric + "-" + from + "-" + to + "." + extension;
    }

    private static String unit(String unit, String per) {
        return per.equals("per10000") ? unit + "/1万人" : unit;
    }
}

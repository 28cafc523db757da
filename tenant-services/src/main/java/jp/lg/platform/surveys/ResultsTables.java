package jp.lg.platform.surveys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.lg.platform.core.web.Tables;

/**
 * Results as tables for Excel: one row per town (or band) × item × measure, with Japanese and
 * English headers. CSV holds the towns then the bands in one table; {@code .xlsx} a sheet each.
 */
final class ResultsTables {

    static final List<String> HEADERS = List.of("区分 scope", "コード code", "名称 name", "人口区分 band",
            "人口 population", "項目コード item", "業務 item name", "測定項目コード measure", "測定項目 measure name",
            "単位 unit", "値・合計 value/total", "平均 mean", "人口千人あたり per 1,000 residents");

    private ResultsTables() {}

    static Tables.Table csv(ResultsView r) {
        List<List<Object>> rows = new ArrayList<>(towns(r).rows());
        rows.addAll(bands(r).rows());
        return new Tables.Table(r.titleJa(), HEADERS, rows);
    }

    static List<Tables.Table> sheets(ResultsView r) {
        return List.of(towns(r), bands(r));
    }

    private static Tables.Table towns(ResultsView r) {
        Names names = new Names(r);
        List<List<Object>> rows = new ArrayList<>();
        for (ResultsView.TownResult t : r.towns()) {
            for (ResultsView.Value v : t.values()) {
                rows.add(row("団体 town", t.code(), t.nameJa(), t.band(), t.population(), names, v.item(), v.measure(),
                        v.value(), null, v.perThousand()));
            }
        }
        return new Tables.Table("団体別 by town", HEADERS, rows);
    }

    private static Tables.Table bands(ResultsView r) {
        Names names = new Names(r);
        List<List<Object>> rows = new ArrayList<>();
        for (ResultsView.BandResult b : r.bands()) {
            for (ResultsView.BandValue v : b.values()) {
                rows.add(row("人口区分 band", String.valueOf(b.band()), b.labelJa() + " / " + b.labelEn(), b.band(),
                        b.population(), names, v.item(), v.measure(), v.total(), v.mean(), v.perThousand()));
            }
        }
        return new Tables.Table("人口区分別 by band", HEADERS, rows);
    }

    private static List<Object> row(String scope, String code, String name, int band, long population, Names names,
            String item, String measure, Object value, Object mean, Object perThousand) {
        Measure m = names.measures.get(measure);
        return Arrays.asList(scope, code, name, band, population, item, names.items.get(item).nameJa(), measure,
                m.nameJa(), m.unit(), value, mean, perThousand);
    }

    private static final class Names {
        final Map<String, SurveyItem> items;
        final Map<String, Measure> measures;

        Names(ResultsView r) {
            items = r.items().stream().collect(Collectors.toMap(SurveyItem::code, Function.identity()));
            measures = r.measures().stream().collect(Collectors.toMap(Measure::code, Function.identity()));
        }
    }
}

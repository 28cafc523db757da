package jp.lg.platform.insights;

import java.util.List;
import jp.lg.platform.core.tenancy.Tenant;

/**
 * Dataset measures as metrics of the catalogue: {@code <dataset>.<measure>}, source {@code dataset:<dataset>},
 * queried through the same values and peers endpoints under the same visibility and suppression rules. Population
 * from the directory is the built-in dataset {@value #POPULATION}.
 */
final class DatasetMetrics {

    static final String POPULATION = "population";
    static final String POPULATION_METRIC = POPULATION + ".residents";
    static final String SOURCE = "dataset:";

    private DatasetMetrics() {}

    static boolean isDataset(Metric metric) {
        return metric.source().startsWith(SOURCE);
    }

    /** The dataset a metric id names, or null when it names none. */
    static String datasetOf(String metricId) {
        int dot = metricId.indexOf('.');
        return dot < 0 ? null : metricId.substring(0, dot);
    }

    static Metric of(String datasetId, DatasetShape shape, DatasetShape.Measure m) {
        String period = shape.period().equals("month") ? "月" : "年度";
        String periodEn = shape.period().equals("month") ? "month" : "fiscal year";
        return new Metric(datasetId + "." + m.id(), shape.nameJa() + "：" + m.nameJa(), shape.nameEn() + ": " + m.nameEn(),
                "取り込んだデータセット「" + shape.nameJa() + "」の列「" + m.column() + "」の値（" + m.unitJa() + "）を団体・"
                        + period + "ごとに" + (shape.dimensionList().isEmpty() ? "" : "区分（"
                        + String.join("・", shape.dimensionList().stream().map(DatasetShape.Dimension::column).toList())
                        + "）を合計して") + "示す。既定は最新の版、?version= で以前の版。"
                        + (m.kind().equals("COUNT") ? "件数のため 1〜2 は「< 3」と表示。" : ""),
                "The values of column 「" + m.column() + "」 (" + m.unitEn() + ") of the imported dataset \"" + shape.nameEn()
                        + "\" per municipality and " + periodEn + (shape.dimensionList().isEmpty() ? ""
                        : ", summed over " + String.join(" and ", shape.dimensionList().stream()
                                .map(DatasetShape.Dimension::id).toList()))
                        + "; the latest version unless ?version= asks for an earlier one."
                        + (m.kind().equals("COUNT") ? " A count: 1 and 2 show as \"< 3\"." : ""),
                m.unitJa(), m.unitEn(), m.kind().equals("COUNT") ? Metric.Kind.COUNT : Metric.Kind.SUM, null,
                SOURCE + datasetId, shape.dimensionList().stream().map(DatasetShape.Dimension::id).toList());
    }

    /** The built-in dataset: each municipality's population in the directory, in the fiscal year of its date. */
    static DatasetShape populationShape() {
        return new DatasetShape("人口（団体名簿）", "Population (directory)", "code", "population_as_of", "fiscal-year",
                List.of(), List.of(new DatasetShape.Measure("population", "residents", "人口", "Residents", "人",
                        "residents", "SUM")), null);
    }

    static Metric population() {
        Metric m = of(POPULATION, populationShape(), populationShape().measures().get(0));
        return new Metric(m.id(), m.nameJa(), m.nameEn(),
                "団体名簿（shared/data/municipalities.csv）の人口。基準日の属する年度に数える（例：2024-01-01 は FY2023）。"
                        + "匿名で表示される団体の人口は示さない（人口から団体が特定できるため）。",
                "Residents per the directory (shared/data/municipalities.csv), counted in the fiscal year of its"
                        + " reference date (2024-01-01 is FY2023). Not shown for towns under a pseudonym: a population"
                        + " names its town.",
                m.unitJa(), m.unitEn(), m.kind(), null, m.source(), m.dimensions());
    }

    static String populationPeriod(Tenant t) {
        return "FY" + jp.lg.platform.core.time.FiscalYear.containing(t.populationAsOf()).startYear();
    }
}

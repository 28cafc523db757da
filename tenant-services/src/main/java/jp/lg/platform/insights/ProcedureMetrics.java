package jp.lg.platform.insights;

import java.util.List;

/**
 * The catalogue's metrics of standard procedures (標準手続), from {@code lg.procedures.applications}. Every
 * one counts an application in the month (and fiscal year) it was submitted in, Asia/Tokyo, whatever
 * happens to it later, so a month's figures describe the applications received in it.
 */
final class ProcedureMetrics {

    private static final String PERIOD_JA = "期間は申請の受付日時（東京時間）で決め、その後の処理も申請月に数える。";
    private static final String PERIOD_EN = " Counted in the period the application was submitted in (Asia/Tokyo); what"
            + " happens to it later counts in that same period.";

    private ProcedureMetrics() {}

    static List<Metric> all() {
        return List.of(
                application("procedure-applications", "手続の申請件数", "Applications to procedures",
                        "標準手続への申請の件数（窓口 COUNTER とオンライン ONLINE の合計、却下・差戻しを含む）。",
                        "Number of applications to standard procedures, counter (COUNTER) and online (ONLINE), rejected"
                                + " and returned ones included.",
                        "件", "applications", Metric.Kind.COUNT),
                application("procedure-applications-online-share", "オンライン申請の割合", "Share of applications made online",
                        "100 × オンライン（ONLINE）の申請数 ÷ 申請数。分母が0なら値なし。",
                        "100 × applications made online (ONLINE) ÷ all applications. No value when there are none.",
                        "%", "percent", Metric.Kind.SHARE),
                application("procedure-returns", "差戻し件数", "Returns (差戻し)",
                        "申請が差戻し（RETURN）された回数。同じ申請が2回差し戻されれば2と数える。",
                        "Number of times applications were returned for correction (RETURN); an application returned"
                                + " twice counts 2.",
                        "回", "returns", Metric.Kind.COUNT),
                application("procedure-sla-breaches", "処理期限（SLA）超過件数", "SLA breaches",
                        "段階の処理期限（営業日、土日・祝日・年末年始を除く）を過ぎた段階の件数（ApplicationStageOverdue）。"
                                + "同じ申請でも段階に入るたびに1と数える。",
                        "Number of stage entries that stayed past their SLA in business days (weekends, Japanese"
                                + " holidays and 29 Dec–3 Jan excluded; ApplicationStageOverdue); each entry into a stage"
                                + " counts once.",
                        "件", "breaches", Metric.Kind.COUNT),
                stage(Metric.Kind.MEDIAN), stage(Metric.Kind.P90));
    }

    private static Metric application(String id, String nameJa, String nameEn, String definitionJa,
            String definitionEn, String unitJa, String unitEn, Metric.Kind kind) {
        return new Metric(id, nameJa, nameEn, definitionJa + PERIOD_JA, definitionEn + PERIOD_EN, unitJa, unitEn, kind,
                CellKey.Kind.APPLICATION, Metric.PROCEDURE_SOURCE, Metric.APPLICATION_DIMENSIONS);
    }

    private static Metric stage(Metric.Kind kind) {
        boolean median = kind == Metric.Kind.MEDIAN;
        return new Metric(median ? "procedure-stage-hours-median" : "procedure-stage-hours-p90",
                "段階ごとの処理時間" + (median ? "（中央値）" : "（90パーセンタイル）"),
                "Hours per stage" + (median ? " (median)" : " (90th percentile)"),
                "申請が段階（受付・審査など）に入ってから次の段階へ移るまでの時間を時間単位（切り捨て）で求め、その"
                        + (median ? "中央値（最近順位法：小さい順に ⌈0.5 × n⌉ 番目）" : "90パーセンタイル（最近順位法：⌈0.9 × n⌉ 番目）")
                        + "。まだ滞在中の段階は含まない。段階で絞るには stage を指定する。" + PERIOD_JA,
                "Time from an application entering a stage (受付, 審査, …) to leaving it, in whole hours (rounded"
                        + " down); " + (median ? "the median by nearest rank (the ⌈0.5 × n⌉-th smallest)"
                        : "the 90th percentile by nearest rank (the ⌈0.9 × n⌉-th smallest)")
                        + ". Stages still open are not included; filter one stage with stage=." + PERIOD_EN,
                "時間", "hours", kind, CellKey.Kind.STAGE, Metric.PROCEDURE_SOURCE, Metric.STAGE_DIMENSIONS);
    }
}

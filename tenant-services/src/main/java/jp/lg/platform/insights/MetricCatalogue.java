package jp.lg.platform.insights;

import java.util.List;
import java.util.Optional;

/**
 * Every metric the platform computes, with definitions precise enough that two analysts compute the
 * same number from the events. Common to all: a request belongs to the municipality that submitted it;
 * months and fiscal years (April–March, named by the starting year) are reckoned by the date in
 * Asia/Tokyo; a request's state is that of its latest status change.
 */
final class MetricCatalogue {

    static final String WANTED_JA = "期間は依頼の第1希望日（希望日時のうち最も早い開始日、東京時間）で決める（派遣上限の年度と同じ数え方）。";
    static final String WANTED_EN = " A request is counted in the period of its earliest preferred window start (Asia/Tokyo date),"
            + " the same rule that counts it against the fiscal-year caps.";
    static final String VISIT_JA = "期間は確定した訪問の開始日（東京時間）で決める。現在 CONFIRMED または COMPLETED の依頼のみ。"
            + "専門官が辞退（release）した訪問は数えず、再確定されれば新しい日付で数える。";
    static final String VISIT_EN = " A visit is counted in the period of its confirmed start date (Asia/Tokyo), for requests whose"
            + " current status is CONFIRMED or COMPLETED; a released visit no longer counts, a re-confirmed one counts at"
            + " its new date. Confirmations recorded before visit times were published (events v1) are not counted.";

    static final List<Metric> ALL = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            new Metric("expert-requests", "専門官派遣の依頼数", "Expert visit requests",
                    "市町が提出した専門官派遣依頼の件数（その後の辞退・取消を含む）。" + WANTED_JA,
                    "Number of expert visit requests the municipality submitted, including those later declined or"
                            + " cancelled." + WANTED_EN,
                    "件", "requests", Metric.Kind.COUNT, CellKey.Kind.DEMAND, Metric.EXPERT_SOURCE, Metric.EXPERT_DIMENSIONS),
            new Metric("expert-requests-served-share", "依頼の充足率", "Share of requests served",
                    "100 × 現在 CONFIRMED または COMPLETED の依頼数 ÷ 取消（CANCELLED）以外の依頼数。辞退・未処理の依頼は"
                            + "分母に含む。分母が0なら値なし。" + WANTED_JA,
                    "100 × requests whose current status is CONFIRMED or COMPLETED ÷ requests not CANCELLED; declined"
                            + " and still open requests are in the denominator. No value when the denominator is 0."
                            + WANTED_EN,
                    "%", "percent", Metric.Kind.SHARE, CellKey.Kind.DEMAND, Metric.EXPERT_SOURCE, Metric.EXPERT_DIMENSIONS),
            new Metric("expert-visits-confirmed", "確定した派遣訪問数", "Expert visits confirmed",
                    "確定済み（CONFIRMED）または完了（COMPLETED）の訪問の件数。" + VISIT_JA,
                    "Number of visits confirmed, completed ones included." + VISIT_EN,
                    "件", "visits", Metric.Kind.COUNT, CellKey.Kind.VISIT, Metric.EXPERT_SOURCE, Metric.EXPERT_DIMENSIONS),
            new Metric("expert-visits-completed", "完了した派遣訪問数", "Expert visits completed",
                    "報告が提出され完了（COMPLETED）した訪問の件数。" + VISIT_JA,
                    "Number of visits completed (visit report filed)." + VISIT_EN,
                    "件", "visits", Metric.Kind.COUNT, CellKey.Kind.VISIT, Metric.EXPERT_SOURCE, Metric.EXPERT_DIMENSIONS),
            new Metric("expert-request-to-visit-days-median", "依頼から訪問までの日数（中央値）",
                    "Days from request to visit (median)",
                    "確定した訪問ごとに、訪問日 − 依頼提出日（いずれも東京時間の暦日）の日数を求め、その中央値を取る。中央値は"
                            + "最近順位法：小さい順に並べて ⌈0.5 × n⌉ 番目の値。" + VISIT_JA,
                    "For each confirmed visit, visit date − submission date in calendar days (both Asia/Tokyo); the"
                            + " median by nearest rank: the ⌈0.5 × n⌉-th smallest value." + VISIT_EN,
                    "日", "days", Metric.Kind.MEDIAN, CellKey.Kind.VISIT, Metric.EXPERT_SOURCE, Metric.EXPERT_DIMENSIONS),
            new Metric("expert-request-to-visit-days-p90", "依頼から訪問までの日数（90パーセンタイル）",
                    "Days from request to visit (90th percentile)",
                    "確定した訪問ごとに、訪問日 − 依頼提出日（東京時間の暦日）の日数を求め、最近順位法で ⌈0.9 × n⌉ 番目の値を取る。"
                            + VISIT_JA,
                    "For each confirmed visit, visit date − submission date in calendar days (Asia/Tokyo); the 90th"
                            + " percentile by nearest rank: the ⌈0.9 × n⌉-th smallest value." + VISIT_EN,
                    "日", "days", Metric.Kind.P90, CellKey.Kind.VISIT, Metric.EXPERT_SOURCE, Metric.EXPERT_DIMENSIONS),
            response("inquiry-answer-hours", "照会への回答までの時間", "Hours to answer an inquiry", "照会（INQUIRY）",
                    "an inquiry", "回答（ANSWERED）", "answer (ANSWERED)", Metric.Kind.MEDIAN),
            response("inquiry-answer-hours", "照会への回答までの時間", "Hours to answer an inquiry", "照会（INQUIRY）",
                    "an inquiry", "回答（ANSWERED）", "answer (ANSWERED)", Metric.Kind.P90),
            response("announcement-acknowledgement-hours", "通知の確認までの時間", "Hours to acknowledge an announcement",
                    "通知（ANNOUNCEMENT）", "an announcement", "確認（ACKNOWLEDGED）", "acknowledgement (ACKNOWLEDGED)",
                    Metric.Kind.MEDIAN),
            response("announcement-acknowledgement-hours", "通知の確認までの時間", "Hours to acknowledge an announcement",
                    "通知（ANNOUNCEMENT）", "an announcement", "確認（ACKNOWLEDGED）", "acknowledgement (ACKNOWLEDGED)",
                    Metric.Kind.P90),
            rate("inquiry-answer-rate", "照会の回答率", "Inquiry answer rate", "照会（INQUIRY）", "inquiries",
                    "回答（ANSWERED）", "answered (ANSWERED)"),
            rate("announcement-acknowledgement-rate", "通知の確認率", "Announcement acknowledgement rate",
                    "通知（ANNOUNCEMENT）", "announcements", "確認（ACKNOWLEDGED）", "acknowledged (ACKNOWLEDGED)")),
            ProcedureMetrics.all().stream()).toList();

    private MetricCatalogue() {}

    private static Metric response(String id, String nameJa, String nameEn, String messageJa, String messageEn,
            String responseJa, String responseEn, Metric.Kind kind) {
        boolean median = kind == Metric.Kind.MEDIAN;
        String rankJa = median ? "中央値（最近順位法：小さい順に ⌈0.5 × n⌉ 番目）" : "90パーセンタイル（最近順位法：⌈0.9 × n⌉ 番目）";
        String rankEn = median ? "the median by nearest rank (the ⌈0.5 × n⌉-th smallest)"
                : "the 90th percentile by nearest rank (the ⌈0.9 × n⌉-th smallest)";
        return new Metric(id + (median ? "-median" : "-p90"), nameJa + (median ? "（中央値）" : "（90パーセンタイル）"),
                nameEn + (median ? " (median)" : " (90th percentile)"),
                messageJa + "ごとに、市町の最初の" + responseJa + "の時刻 − 投稿時刻を時間単位（切り捨て）で求め、その" + rankJa
                        + "。期間は投稿日（東京時間）で決める。回答の変更は数えず、応答しなかった市町は含まない。",
                "For each " + messageEn.substring(messageEn.indexOf(' ') + 1) + " a town responded to, the time of the"
                        + " town's first " + responseEn + " − the time it was posted, in whole hours (rounded down); "
                        + rankEn + ". Counted in the period of the posting date (Asia/Tokyo); changed answers do not"
                        + " count again and towns that never responded are not included.",
                "時間", "hours", kind, CellKey.Kind.RESPONSE, Metric.MESSAGING_SOURCE, java.util.List.of());
    }

    private static Metric rate(String id, String nameJa, String nameEn, String messageJa, String messageEn,
            String responseJa, String responseEn) {
        return new Metric(id, nameJa, nameEn,
                "100 × 市町が" + responseJa + "した" + messageJa + "の数 ÷ その市町に届いた" + messageJa
                        + "の数（投稿時のチャンネルの構成団体のうち投稿者の団体を除く各団体に1件）。期限後の" + responseJa
                        + "も数える。期間は投稿日（東京時間）で決める。分母が0なら値なし。",
                "100 × " + messageEn + " the town " + responseEn + " ÷ " + messageEn + " that asked the town (one per"
                        + " member town of the channel when posted, the author's own excepted). Late responses count."
                        + " Counted in the period of the posting date (Asia/Tokyo). No value when none asked the town.",
                "%", "percent", Metric.Kind.SHARE, CellKey.Kind.ASKED, Metric.MESSAGING_SOURCE, List.of());
    }

    static Optional<Metric> find(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The metrics a cell holds figures of. */
    static List<Metric> of(CellKey key) {
        return ALL.stream().filter(m -> m.cells() == key.kind())
                .filter(m -> m.response().map(key.programme()::equals).orElse(true)).toList();
    }
}

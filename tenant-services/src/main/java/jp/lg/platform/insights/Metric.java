package jp.lg.platform.insights;

import java.util.List;

/**
 * One metric of the catalogue (指標): its stable id, names and definitions in Japanese and English,
 * unit, source, what kind of figure it is (how cells of several towns or months combine) and which
 * {@link CellKey.Kind} it is read from (null for a dataset's measure, read from the dataset).
 */
record Metric(String id, String nameJa, String nameEn, String definitionJa, String definitionEn, String unitJa,
        String unitEn, Kind kind, CellKey.Kind cells, String source, List<String> dimensions) {

    /** For a metric of response cells, the response kind it reads (the cells' programme slot); otherwise empty. */
    java.util.Optional<String> response() {
        return cells != CellKey.Kind.RESPONSE && cells != CellKey.Kind.ASKED ? java.util.Optional.empty()
                : java.util.Optional.of(id.startsWith("inquiry") ? "ANSWERED" : "ACKNOWLEDGED");
    }

    /** How a metric's figure is formed from its observations. */
    enum Kind {
        /** A count; towns and months add up; per 10,000 residents is possible. */
        COUNT,
        /** 100 × numerator ÷ denominator; both add up. */
        SHARE,
        /** The median (nearest rank) of a distribution; distributions merge. */
        MEDIAN,
        /** The 90th percentile (nearest rank) of a distribution. */
        P90,
        /** An amount of a dataset (yen, residents, …); adds up; never suppressed, as it counts no one. */
        SUM;

        boolean perCapita() {
            return this == COUNT || this == SUM;
        }
    }

    static final String EXPERT_SOURCE = "event-stream:lg.experts.requests";
    static final List<String> EXPERT_DIMENSIONS = List.of("programme", "specialty");
    static final String MESSAGING_SOURCE = "event-stream:lg.messaging.messages";
    static final String PROCEDURE_SOURCE = "event-stream:lg.procedures.applications";
    static final List<String> APPLICATION_DIMENSIONS = List.of("procedure", "channel");
    static final List<String> STAGE_DIMENSIONS = List.of("procedure", "stage");

    /** The granularity every metric has: month and fiscal year (年度), Asia/Tokyo. */
    static final List<String> GRANULARITY = List.of("month", "fiscal-year");
}

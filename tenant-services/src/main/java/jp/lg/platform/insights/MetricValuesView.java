package jp.lg.platform.insights;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** Metric values of a scope: one row per group and period, then the scope's total per period. */
@Schema(name = "MetricValues")
record MetricValuesView(
        @Schema(example = "expert-requests") String metric,
        @Schema(example = "件") String unit,
        @Schema(example = "collaboration") String scope,
        @Schema(example = "team-ehime") String code,
        @Schema(example = "municipality") String groupBy,
        @Schema(example = "raw", description = "raw, or per10000 (per 10,000 residents, population of the directory)") String per,
        @Schema(example = "FY2026") String from,
        @Schema(example = "FY2026") String to,
        @Schema(example = "3", description = "values resting on fewer observations are suppressed") int suppressionThreshold,
        List<Row> rows,
        List<Row> totals) {

    /**
     * One value. {@code group} is an LG code, a pseudonym ({@code named} false: name and population hidden,
     * a population range shared with at least 3 pseudonymised towns shown instead), a population band or
     * {@code total}; {@code value} is null when suppressed ({@code suppressed} = "< 3"), withheld ("匿名": a
     * pseudonymised town's per-10,000 value, which with its raw value would give its population) or undefined
     * (a share or median of nothing).
     */
    @Schema(name = "MetricValue")
    record Row(
            @Schema(example = "FY2026") String period,
            @Schema(example = "382060") String group,
            @Schema(example = "西条市") String name,
            @Schema(example = "Saijo") String nameEn,
            boolean named,
            @Schema(example = "104474") Long population,
            @Schema(example = "100k-300k", description = "population band, or a range of bands for a pseudonymised town")
            String populationBand,
            @Schema(example = "4") BigDecimal value,
            @Schema(example = "< 3", description = "\"< 3\" (small count, or a pseudonymised town one of only 1 or 2"
                    + " in the answer) or \"匿名\" (per-10,000 value of a pseudonymised town)") String suppressed) {}
}

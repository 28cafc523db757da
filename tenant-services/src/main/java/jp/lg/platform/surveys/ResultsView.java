package jp.lg.platform.surveys;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The comparison across towns of a survey: every submitted town's values, per 1,000 residents, and
 * the totals of each Aizu population band. Percentages are never divided by population.
 */
@Schema(name = "SurveyResults")
public record ResultsView(
        UUID surveyId,
        String titleJa,
        String titleEn,
        @Schema(example = "3") int submitted,
        @Schema(example = "13") int members,
        @Schema(description = "perThousand divides by this many residents", example = "1000") int perResidents,
        @Schema(example = "人口千人あたり = 値 × 1,000 ÷ 人口（割合の測定項目は除く）") String perCapitaNoteJa,
        @Schema(example = "perThousand = value × 1,000 ÷ population (not for percentages)") String perCapitaNoteEn,
        List<SurveyItem> items,
        List<Measure> measures,
        List<TownResult> towns,
        @Schema(description = "members that have not submitted, by LG code") List<String> notSubmitted,
        List<BandResult> bands) {

    /** One submitted town: its population (from the directory), band and values. */
    @Schema(name = "SurveyTownResult")
    public record TownResult(String code, String nameJa, String nameEn, long population, int band,
            Instant submittedAt, List<Value> values) {}

    /** One item × measure of a town; {@code perThousand} null for a percentage. */
    @Schema(name = "SurveyTownValue")
    public record Value(String item, String measure, BigDecimal value, BigDecimal perThousand) {}

    /** One population band of the submitted towns. */
    @Schema(name = "SurveyBandResult")
    public record BandResult(@Schema(example = "1") int band, String labelJa, String labelEn, int towns,
            long population, List<BandValue> values) {}

    /**
     * One item × measure of a band: the total and the mean per town, and the total per 1,000 residents
     * of the band's towns; for a percentage only the mean of the towns.
     */
    @Schema(name = "SurveyBandValue")
    public record BandValue(String item, String measure, BigDecimal total, BigDecimal mean, BigDecimal perThousand) {}
}

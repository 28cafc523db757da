package jp.lg.platform.insights;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One entry of the metric catalogue (指標一覧). {@code lastUpdate} is null until a value was computed. */
@Schema(name = "Metric")
record MetricView(
        @Schema(example = "expert-requests") String id,
        @Schema(example = "専門官派遣の依頼数") String nameJa,
        @Schema(example = "Expert visit requests") String nameEn,
        String definitionJa,
        String definitionEn,
        @Schema(example = "件") String unitJa,
        @Schema(example = "requests") String unitEn,
        @Schema(example = "COUNT", description = "COUNT, SHARE (percent), MEDIAN or P90 (nearest rank)") String kind,
        @Schema(example = "event-stream:lg.experts.requests") String source,
        @Schema(example = "[\"month\", \"fiscal-year\"]") List<String> granularity,
        @Schema(example = "[\"programme\", \"specialty\"]") List<String> dimensions,
        @Schema(description = "whether per=per10000 is allowed") boolean perCapita,
        @Schema(example = "3", description = "values resting on fewer observations are shown as \"< 3\"") int suppressionThreshold,
        Instant lastUpdate) {

    static MetricView of(Metric m, Instant lastUpdate) {
        return new MetricView(m.id(), m.nameJa(), m.nameEn(), m.definitionJa(), m.definitionEn(), m.unitJa(), m.unitEn(),
                m.kind().name(), m.source(), Metric.GRANULARITY, m.dimensions(), m.kind().perCapita(),
                Suppression.THRESHOLD, lastUpdate);
    }
}

package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What one constraint added to the score because of a visit (negative: a penalty, positive: a reward),
 * per level: hard rules, medium (requests left unserved), soft preferences.
 */
@Schema(name = "ScheduleContribution")
public record ScheduleContribution(
        @Schema(example = "Less travel") String constraint,
        @Schema(example = "0") long hard,
        @Schema(example = "0") long medium,
        @Schema(example = "-62") long soft) {
}

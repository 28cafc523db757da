package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A request the schedule could not place, with the hard rule that blocked it. */
@Schema(name = "ScheduleUnassigned")
public record ScheduleUnassignedView(String id, String requestId, String municipalityCode,
        @Schema(example = "Within the expert's availability") String blockedBy,
        List<ScheduleContribution> explanation) {

    static ScheduleUnassignedView of(ScheduleAssignment a) {
        return new ScheduleUnassignedView(a.id().toString(), a.requestId().toString(), a.municipalityCode(),
                a.blockedBy().orElse(null), a.explanation());
    }
}

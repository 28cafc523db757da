package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import jp.lg.platform.core.time.FiscalYear;

/** A planned visit of a schedule as the API shows it; times in Asia/Tokyo, travel one way in minutes. */
@Schema(name = "ScheduleAssignment")
public record ScheduleAssignmentView(String id, String requestId, String municipalityCode, String expertId,
        OffsetDateTime start, OffsetDateTime end, int travelMinutes, ScheduleAssignmentStatus status, boolean pinned,
        @Schema(description = "Score contributions of the constraints this visit matched: why it was chosen")
        List<ScheduleContribution> explanation) {

    static ScheduleAssignmentView of(ScheduleAssignment a) {
        return new ScheduleAssignmentView(a.id().toString(), a.requestId().toString(), a.municipalityCode(),
                a.expertId().orElseThrow().toString(), tokyo(a.start().orElseThrow()), tokyo(a.end().orElseThrow()),
                a.travelMinutes(), a.status(), a.pinned(), a.explanation());
    }

    private static OffsetDateTime tokyo(java.time.LocalDateTime time) {
        return time.atZone(FiscalYear.TOKYO).toOffsetDateTime();
    }
}

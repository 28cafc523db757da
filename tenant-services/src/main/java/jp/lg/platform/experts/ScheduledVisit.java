package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** When a confirmed visit (訪問) takes place, [{@code start}, {@code end}), shown in Asia/Tokyo. */
@Schema(name = "ScheduledVisit")
public record ScheduledVisit(
        @Schema(example = "2030-06-03T10:00:00+09:00") OffsetDateTime start,
        @Schema(example = "2030-06-03T11:30:00+09:00") OffsetDateTime end) {
}

package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * A change by hand to one assignment: another expert and/or start (kept when absent), and whether a new
 * solve must keep it ({@code pinned}; a moved assignment is pinned unless this says otherwise).
 */
@Schema(name = "ScheduleMoveInput")
public record ScheduleMoveInput(
        @Schema(nullable = true, example = "7d0c3f9a-55b4-4a51-9d0e-1f2a3b4c5d6e") String expertId,
        @Schema(nullable = true, example = "2030-06-03T13:00:00+09:00") OffsetDateTime start,
        @Schema(nullable = true, example = "true") Boolean pinned) {

    boolean moves() {
        return expertId != null || start != null;
    }
}

package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Who moved an application from one stage to another, when, and why. {@code fromStage} is null for the submission. */
@Schema(name = "ApplicationHistoryEntry")
public record HistoryEntry(String fromStage, String toStage,
        @Schema(description = "SUBMIT, ADVANCE, RETURN, REJECT or RESUBMIT") String action,
        @Schema(description = "user id of the staff member, or 'resident' for online submissions") String actor,
        String comment, Instant at) {
}

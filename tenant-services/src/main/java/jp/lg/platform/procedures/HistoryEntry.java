package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * Who moved an application from one stage to another, when, through which channel and why.
 * {@code fromStage} is null for the submission. The channel follows from the actor: residents act
 * online (the public endpoints), staff at the town office (the staff API).
 */
@Schema(name = "ApplicationHistoryEntry")
public record HistoryEntry(String fromStage, String toStage,
        @Schema(description = "SUBMIT, ADVANCE, RETURN, REJECT or RESUBMIT") String action,
        @Schema(description = "user id of the staff member, or 'resident' for what the applicant did online") String actor,
        @Schema(description = "ONLINE for the applicant's own acts through the public endpoints, COUNTER for staff")
        Channel channel,
        String comment, Instant at) {

    HistoryEntry(String fromStage, String toStage, String action, String actor, String comment, Instant at) {
        this(fromStage, toStage, action, actor, ApplicationService.RESIDENT.equals(actor) ? Channel.ONLINE : Channel.COUNTER,
                comment, at);
    }
}

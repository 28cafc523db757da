package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The status of an application as its applicant sees it with the reference and secret: the
 * procedure, the stage and its timings, and the stages so far with the town's comments (what to
 * correct after a return), and the files received. No form values and no staff identities.
 */
@Schema(name = "PublicApplicationStatus")
public record PublicStatus(String reference, String procedureCode, String procedureNameJa, String procedureNameEn,
        String stage, String stageNameJa, String stageNameEn, Instant submittedAt, Instant stageEnteredAt,
        LocalDate stageDueOn, int feeYen, List<Step> steps,
        @Schema(description = "the files received for the required attachments") List<ApplicationFile> files) {

    /** One stage the application went through. */
    @Schema(name = "PublicApplicationStep")
    public record Step(String stage, String action, Instant at, String comment) {}
}

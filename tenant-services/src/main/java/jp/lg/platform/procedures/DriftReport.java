package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Per town how far its variant is from the standard version it adopted, for the lead to see which
 * towns to talk to. A town's staff see their own row only, without the collaboration's score.
 */
@Schema(name = "DriftReport")
public record DriftReport(
        String procedureCode,
        @Schema(description = "the latest published version") int latestVersion,
        String collaborationCode,
        @Schema(description = "member towns of the collaboration; null for a town's own view") Integer members,
        @Schema(description = "towns that adopted it; null for a town's own view") Integer adopted,
        @Schema(description = "0-100: the mean over members of 1/(1+distance), 0 for towns that have not adopted;"
                + " null for a town's own view", example = "76.9") Double standardisationScore,
        List<Drift.TownDrift> towns,
        @Schema(description = "member towns that have not adopted it; empty for a town's own view")
        List<String> notAdopted) {
}

package jp.lg.platform.procedures;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An application as its town's staff see it, with the history of its stages. */
@Schema(name = "Application")
public record ApplicationView(
        UUID id, String reference, @Schema(example = "074071") String town, String procedureCode, int version,
        Channel channel,
        @Schema(example = "REVIEW") String stage, String stageNameJa, String stageNameEn,
        Instant stageEnteredAt,
        @Schema(description = "last business day of the stage's SLA (Asia/Tokyo); null without one") LocalDate stageDueOn,
        @Schema(description = "the due day has passed") boolean overdue,
        @Schema(description = "stages the application may move to next") List<String> nextStages,
        int feeYen, Map<String, JsonNode> fields,
        @Schema(description = "codes of the attachments the applicant declared") List<String> attachments,
        @Schema(description = "the files uploaded for the required attachments (in GET /{id} and after a change;"
                + " empty in lists)") List<ApplicationFile> files,
        Instant submittedAt,
        @Schema(description = "in GET /{id} and after a change; empty in lists") List<HistoryEntry> history) {

    static ApplicationView of(Application a, ProcedureDefinition d, List<HistoryEntry> history, List<ApplicationFile> files,
            Instant now) {
        Stage stage = d.stage(a.stage()).orElse(new Stage(a.stage(), a.stage(), a.stage(), null));
        List<String> next = d.transitions().stream().filter(t -> t.from().equals(a.stage())).map(StageTransition::to).toList();
        return new ApplicationView(a.id(), a.reference(), a.town(), a.procedureCode(), a.version(), a.channel(),
                a.stage(), stage.nameJa(), stage.nameEn(), a.stageEnteredAt(), a.stageDueOn().orElse(null),
                a.stageDueOn().filter(due -> BusinessCalendar.overdue(due, now)).isPresent(), next, a.feeYen(),
                a.fields(), a.attachments(), files, a.createdAt(), history);
    }
}

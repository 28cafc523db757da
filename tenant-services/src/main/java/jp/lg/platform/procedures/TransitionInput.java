package jp.lg.platform.procedures;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Moves an application to another stage allowed by its definition. A return (差戻し) or rejection
 * (却下) needs a comment for the applicant; a resubmission may carry the corrected form.
 */
@Schema(name = "ApplicationTransitionInput")
public record TransitionInput(
        @Schema(example = "RECEIVED") @NotBlank String to,
        @Schema(example = "本人確認書類の写しが不鮮明です") @Size(max = 1000) String comment,
        @Schema(description = "RESUBMIT only: the corrected form, replacing the whole form") @Size(max = 100)
        Map<String, JsonNode> fields,
        @Schema(description = "RESUBMIT only: the attachments, replacing the list") @Size(max = 20)
        List<@NotBlank @Size(max = 40) String> attachments) {
}

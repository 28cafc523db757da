package jp.lg.platform.procedures;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * An application entered by staff at the counter (書かない窓口: staff fill the form, the resident
 * checks and signs), against the procedure as the caller's town adopted it.
 */
@Schema(name = "CounterApplicationInput")
public record StaffApplicationInput(
        @Schema(example = "resident-certificate-copy") @NotBlank String procedureCode,
        @Schema(description = "field name to value, as the town's adopted form defines them",
                example = "{\"requesterName\": \"会津 花子\", \"copies\": 2}")
        @NotNull @Size(max = 100) Map<String, JsonNode> fields,
        @Schema(description = "codes of the attachments presented", example = "[\"identity-document\"]")
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> attachments) {

    public StaffApplicationInput {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}

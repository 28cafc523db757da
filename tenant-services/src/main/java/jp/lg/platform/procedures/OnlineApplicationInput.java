package jp.lg.platform.procedures;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** A resident's online application: the filled form and the attachments they will present or send. */
@Schema(name = "OnlineApplicationInput")
public record OnlineApplicationInput(
        @Schema(description = "field name to value, as the town's adopted form defines them",
                example = "{\"requesterName\": \"会津 花子\", \"copies\": 1}")
        @NotNull @Size(max = 100) Map<String, JsonNode> fields,
        @Schema(example = "[\"identity-document\"]") @Size(max = 20) List<@NotBlank @Size(max = 40) String> attachments) {

    public OnlineApplicationInput {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}

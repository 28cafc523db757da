package jp.lg.platform.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A channel staff create: a TOPIC (named, in one of their collaborations; others join it) or a
 * DIRECT conversation with named people of tenants they share a collaboration with.
 */
@Schema(name = "ChannelInput", example = "{\"kind\": \"TOPIC\", \"collaborationCode\": \"team-ehime\","
        + " \"name\": \"サイバー保険の情報交換\"}")
public record ChannelInput(
        @Schema(allowableValues = {"TOPIC", "DIRECT"}) @NotNull ChannelKind kind,
        @Schema(description = "TOPIC: the collaboration it belongs to", example = "team-ehime") String collaborationCode,
        @Schema(description = "TOPIC: required; DIRECT: optional (the people's names otherwise)",
                example = "サイバー保険の情報交換") @Size(max = 100) String name,
        @Schema(description = "DIRECT: usernames of the other people", example = "[\"matsuyama.staff\"]")
        @Size(max = 20) List<String> usernames) {
}

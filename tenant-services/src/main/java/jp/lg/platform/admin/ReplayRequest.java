package jp.lg.platform.admin;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/** Which dead letters to replay: one, by its DLQ partition and offset, or (both absent) all of a topic. */
@Schema(name = "ReplayRequest")
public record ReplayRequest(
        @NotBlank @Schema(description = "The original topic (not its .dlq)", example = "lg.directory.tenants") String topic,
        @Min(0) @Schema(description = "DLQ partition of the one dead letter; give with offset", nullable = true)
        Integer partition,
        @Min(0) @Schema(description = "DLQ offset of the one dead letter; give with partition", nullable = true)
        Long offset) {

    /** Bean Validation reports a violation as field {@code partitionAndOffset}. */
    @JsonIgnore
    @Schema(hidden = true)
    @AssertTrue(message = "give both partition and offset to replay one dead letter, or neither to replay all")
    public boolean isPartitionAndOffset() {
        return (partition == null) == (offset == null);
    }

    public Optional<Integer> partitionIfGiven() {
        return Optional.ofNullable(partition);
    }

    public Optional<Long> offsetIfGiven() {
        return Optional.ofNullable(offset);
    }
}

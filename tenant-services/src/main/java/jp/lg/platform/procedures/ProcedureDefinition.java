package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * What a version of a standard procedure says: its names, form, stages with their allowed moves
 * and SLAs, required attachments and fee in yen (an integer). The first stage is where an
 * application starts. Immutable once published.
 */
@Schema(name = "ProcedureDefinition")
public record ProcedureDefinition(
        @Schema(example = "住民票の写し等交付申請") @NotBlank @Size(max = 100) String nameJa,
        @Schema(example = "Application for a copy of the resident certificate") @NotBlank @Size(max = 200) String nameEn,
        @Size(max = 2000) String descriptionJa,
        @Size(max = 2000) String descriptionEn,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid FormField> fields,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid Stage> stages,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid StageTransition> transitions,
        @Size(max = 20) List<@NotNull @Valid RequiredAttachment> requiredAttachments,
        @Schema(description = "fee in yen", example = "300") @NotNull @Min(0) @Max(10_000_000) Integer feeYen,
        @Schema(description = "what the fee is for", example = "1通につき300円") @Size(max = 200) String feeNote,
        @Schema(description = "a NUMBER field the fee is multiplied by (e.g. the number of copies); none if absent",
                example = "copies") String feePerUnitOf) {

    public ProcedureDefinition {
        fields = fields == null ? null : List.copyOf(fields);
        stages = stages == null ? null : List.copyOf(stages);
        transitions = transitions == null ? null : List.copyOf(transitions);
        requiredAttachments = requiredAttachments == null ? List.of() : List.copyOf(requiredAttachments);
    }

    /** The stage an application starts in. */
    Stage firstStage() {
        return stages.get(0);
    }

    Optional<Stage> stage(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    Optional<FormField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    Optional<StageTransition> transition(String from, String to) {
        return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
    }

    ProcedureDefinition with(List<FormField> newFields, List<Stage> newStages, List<StageTransition> newTransitions,
            int newFee) {
        return new ProcedureDefinition(nameJa, nameEn, descriptionJa, descriptionEn, newFields, newStages,
                newTransitions, requiredAttachments, newFee, feeNote, feePerUnitOf);
    }
}

package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A document the applicant must present or attach (添付書類), such as an identity document. */
@Schema(name = "RequiredAttachment")
public record RequiredAttachment(
        @Schema(example = "identity-document") @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,39}") String code,
        @Schema(example = "本人確認書類") @NotBlank @Size(max = 100) String nameJa,
        @Schema(example = "Identity document") @NotBlank @Size(max = 100) String nameEn) {
}

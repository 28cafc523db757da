package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.lg.platform.core.tenancy.LgCodeFormat;

/** What a coordinator registers or replaces about an expert. */
@Schema(name = "ExpertInput")
public record ExpertInput(
        @Schema(example = "team-ehime") @NotBlank String collaborationCode,
        @Schema(example = "愛媛 太郎") @NotBlank @Size(max = 100) String name,
        @Schema(example = "[\"design-ux\"]") @NotEmpty @Size(max = 10) List<@NotBlank String> specialties,
        @Schema(description = "LG code of the home office", example = "380008")
        @NotNull @LgCodeFormat String homeOfficeCode,
        @Schema(example = "4") @NotNull @Min(1) @Max(20) Integer weeklyVisitLimit,
        @Schema(description = "Keycloak username of the expert", example = "expert.design-ux")
        @NotBlank @Size(max = 100) String username) {
}

package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.LgCodeFormat;

/** A collaboration as a platform administrator creates or replaces it. */
@Schema(name = "CollaborationInput")
public record CollaborationInput(
        @NotBlank @Size(max = 100) @Schema(example = "チーム愛媛") String nameJa,
        @NotBlank @Size(max = 100) @Schema(example = "Team Ehime") String nameEn,
        @NotNull @LgCodeFormat @Schema(example = "380008") String leadCode,
        @NotNull @Size(max = 500) List<@NotNull @LgCodeFormat String> memberCodes) {

    /** The domain collaboration; call only after validation passed. */
    public Collaboration toCollaboration(String code) {
        return new Collaboration(code, nameJa.strip(), nameEn.strip(), LgCode.parse(leadCode),
                memberCodes.stream().map(LgCode::parse).sorted().toList());
    }
}

package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;

/** A collaboration (広域連携) as the API shows it. */
@Schema(name = "Collaboration", description = "A named group of tenants with a lead, e.g. Team Ehime")
public record CollaborationView(
        @Schema(example = "team-ehime") String code,
        @Schema(example = "チーム愛媛") String nameJa,
        @Schema(example = "Team Ehime") String nameEn,
        @Schema(example = "380008") String leadCode,
        @Schema(description = "LG codes of the member tenants, excluding the lead") List<String> memberCodes) {

    public static CollaborationView of(Collaboration c) {
        return new CollaborationView(c.code(), c.nameJa(), c.nameEn(), c.leadCode().value(),
                c.members().stream().map(LgCode::value).toList());
    }
}

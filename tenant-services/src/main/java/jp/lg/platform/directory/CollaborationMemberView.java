package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.lg.platform.events.directory.TenantSnapshot;

/** One tenant of a collaboration as the API shows it; names are null until its entry has arrived. */
@Schema(name = "CollaborationMember", description = "A tenant of a collaboration, from the directory stream")
public record CollaborationMemberView(
        @Schema(description = "全国地方公共団体コード", example = "382060") String code,
        @Schema(example = "西条市", nullable = true) String nameJa,
        @Schema(example = "Saijo", nullable = true) String nameEn,
        @Schema(allowableValues = {"prefecture", "city", "town", "village"}, nullable = true) String kind,
        @Schema(example = "104474", nullable = true) Long population) {

    public static CollaborationMemberView of(CollaborationMembers.Member member) {
        return member.tenant().map(CollaborationMemberView::of)
                .orElseGet(() -> new CollaborationMemberView(member.code(), null, null, null, null));
    }

    private static CollaborationMemberView of(TenantSnapshot t) {
        return new CollaborationMemberView(t.getCode(), t.getNameJa(), t.getNameEn(), t.getKind(), t.getPopulation());
    }
}

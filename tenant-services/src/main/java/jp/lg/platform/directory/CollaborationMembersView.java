package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A collaboration with its lead and members resolved to their directory entries. */
@Schema(name = "CollaborationMembers",
        description = "A collaboration (広域連携) with its lead and members, answered from the directory stream")
public record CollaborationMembersView(
        @Schema(example = "team-ehime") String code,
        @Schema(example = "チーム愛媛") String nameJa,
        @Schema(example = "Team Ehime") String nameEn,
        CollaborationMemberView lead,
        @Schema(description = "The member tenants, lead excluded, sorted by LG code") List<CollaborationMemberView> members) {

    public static CollaborationMembersView of(CollaborationMembers c) {
        return new CollaborationMembersView(c.code(), c.nameJa(), c.nameEn(), CollaborationMemberView.of(c.lead()),
                c.members().stream().map(CollaborationMemberView::of).toList());
    }
}

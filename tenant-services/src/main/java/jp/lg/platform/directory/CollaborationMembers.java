package jp.lg.platform.directory;

import java.util.List;
import java.util.Optional;
import jp.lg.platform.events.directory.TenantSnapshot;

/**
 * A collaboration (広域連携) with the directory entries of its lead and its members (sorted by
 * LG code, lead excluded), as the directory stream of this instance knows them.
 */
public record CollaborationMembers(String code, String nameJa, String nameEn, Member lead, List<Member> members) {

    public CollaborationMembers {
        members = List.copyOf(members);
    }

    /**
     * A tenant the collaboration lists. {@code tenant} is empty while the tenant's own event has
     * not reached this instance yet: the member is still reported, by code only, never dropped.
     */
    public record Member(String code, Optional<TenantSnapshot> tenant) {}
}

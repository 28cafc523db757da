package jp.lg.platform.experts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;

/**
 * What one solve is planned from, as read from the database: the horizon (dates inclusive, Asia/Tokyo),
 * the collaboration's live requests (not declined or cancelled; those TRIAGED are planned, the others
 * count as dispatches already used), its experts, the directory entries of every town and home office
 * involved, and the pinned assignments to keep.
 */
public record ScheduleFacts(LocalDate from, LocalDate to, LocalDate planningDate, List<ExpertRequest> liveRequests,
        List<Expert> experts, Map<LgCode, Tenant> tenants, List<SchedulePin> pins) {

    public ScheduleFacts {
        liveRequests = List.copyOf(liveRequests);
        experts = List.copyOf(experts);
        tenants = Map.copyOf(tenants);
        pins = List.copyOf(pins);
    }
}

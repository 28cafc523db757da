package jp.lg.platform.experts;

import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;

/**
 * Who sees an expert request, on top of row-level security: staff their own town's, a coordinator
 * those of the collaborations their tenant leads, an expert those assigned to them. Anyone else is
 * told it does not exist (404). Pure.
 */
final class RequestVisibility {

    private RequestVisibility() {}

    /** {@code callerExpertId} is the caller's expert entry, if they are an expert. */
    static boolean canSee(LgPrincipal caller, ExpertRequest request, Optional<UUID> callerExpertId) {
        boolean ownTown = caller.hasRole(Role.STAFF) && caller.tenant().filter(request.municipality()::equals).isPresent();
        boolean leads = caller.hasRole(Role.COORDINATOR) && caller.tenant().filter(request.lead()::equals).isPresent();
        boolean assigned = caller.hasRole(Role.EXPERT) && callerExpertId.isPresent()
                && request.assignedExpert().equals(callerExpertId);
        return ownTown || leads || assigned;
    }
}

package jp.lg.platform.notifications;

import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/** Small helpers shared by the notification services: the caller's tenant. */
final class Recipients {

    private Recipients() {}

    /** The tenant of a signed-in user; users without one (platform administrators) receive no notifications. */
    static LgCode tenantOf(LgPrincipal caller) {
        return caller.tenant().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Notifications are for users of a local government; " + caller.username() + " belongs to none."));
    }
}

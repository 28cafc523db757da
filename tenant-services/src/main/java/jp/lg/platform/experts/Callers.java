package jp.lg.platform.experts;

import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/** Small helpers shared by the expert services: the caller's tenant. */
final class Callers {

    private Callers() {}

    /** The tenant of a signed-in user; users without one (platform administrators) have no expert data. */
    static LgCode tenantOf(LgPrincipal caller) {
        return caller.tenant().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Expert sharing is for users of a local government; " + caller.username() + " belongs to none."));
    }
}

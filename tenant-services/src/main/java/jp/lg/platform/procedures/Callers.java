package jp.lg.platform.procedures;

import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/** The caller's tenant and the problems the procedure services share. */
final class Callers {

    private Callers() {}

    /** The tenant of a signed-in user; users without one (platform administrators) have no procedures. */
    static LgCode tenantOf(LgPrincipal caller) {
        return caller.tenant().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "標準手続は自治体の職員が使います / Standard procedures are for users of a local government; "
                        + caller.username() + " belongs to none."));
    }

    static ProblemException noProcedure(String code) {
        return ProblemException.notFound("手続 '" + code + "' は見つかりません / No procedure '" + code
                + "' is visible to you.");
    }
}

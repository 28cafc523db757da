package jp.lg.platform.surveys;

import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/** The caller's tenant and the problems the survey services share. */
final class Callers {

    private Callers() {}

    /** The tenant of a signed-in user; users without one (platform administrators) have no surveys. */
    static LgCode tenantOf(LgPrincipal caller) {
        return caller.tenant().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "調査は自治体の職員が使います / Surveys are for users of a local government; "
                        + caller.username() + " belongs to none."));
    }

    static ProblemException noSurvey(String id) {
        return ProblemException.notFound("調査 '" + id + "' は見つかりません / No survey '" + id + "' is visible to you.");
    }

    /** The survey id of a path; an id that is no UUID names no survey. */
    static UUID surveyId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw noSurvey(id);
        }
    }
}

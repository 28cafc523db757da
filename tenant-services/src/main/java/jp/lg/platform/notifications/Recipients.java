package jp.lg.platform.notifications;

import java.util.List;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/** Small helpers shared by the notification services: the caller's tenant and validation problems. */
final class Recipients {

    private Recipients() {}

    /** The tenant of a signed-in user; users without one (platform administrators) receive no notifications. */
    static LgCode tenantOf(LgPrincipal caller) {
        return caller.tenant().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Notifications are for users of a local government; " + caller.username() + " belongs to none."));
    }

    /** One 400 {@code validation-failed} problem listing every error. */
    static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        return new ProblemException(ProblemType.VALIDATION_FAILED,
                "Correct these fields and send the request again: " + detail + ".", errors);
    }
}

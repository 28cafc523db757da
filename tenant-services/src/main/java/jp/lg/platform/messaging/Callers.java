package jp.lg.platform.messaging;

import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/** Small helpers of the messaging services: the caller's tenant, ids in addresses and problems. */
final class Callers {

    private Callers() {}

    /** The tenant of a signed-in user; users without one (platform administrators) take part in no channel. */
    static LgCode tenantOf(LgPrincipal caller) {
        return caller.tenant().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Channels are for users of a local government; " + caller.username() + " belongs to none."));
    }

    /** An id in an address; one that is not a UUID names nothing, so it is a 404. */
    static UUID id(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No " + what + " has the id '" + id + "'.");
        }
    }

    static ProblemException channelNotFound(UUID id) {
        return ProblemException.notFound("No channel " + id + " that you are in.");
    }

    static ProblemException messageNotFound(UUID id) {
        return ProblemException.notFound("No message " + id + " in a channel that you are in.");
    }
}

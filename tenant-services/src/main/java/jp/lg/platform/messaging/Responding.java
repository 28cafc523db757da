package jp.lg.platform.messaging;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Handle;

/** What the responses to announcements, inquiries and seminars share: the message of the right kind, town names. */
final class Responding {

    private Responding() {}

    /** The visible message {@code id}, which must be of {@code kind} (409 otherwise; 404 when not visible). */
    static Message messageOf(Handle h, LgPrincipal caller, java.util.UUID id, MessageKind kind) {
        Message message = MessageEdits.visible(h, caller, id);
        if (message.retracted() || message.messageKind() != kind) {
            throw new ProblemException(ProblemType.CONFLICT, "The message " + id + " is "
                    + (message.retracted() ? "retracted" : "a " + message.kind() + " message, not " + kind) + ".");
        }
        return message;
    }

    /** The caller's town must be one the message asks (every town of the channel but the author's). */
    static void mustBeAsked(Handle h, Message message, LgCode tenant) {
        if (!h.attach(AudienceDao.class).towns(message.id()).contains(tenant.value())) {
            throw new ProblemException(ProblemType.CONFLICT, "Your tenant " + tenant + " is not among the towns this "
                    + message.kind() + " asks (every town of the channel but the author's).");
        }
    }

    /** Japanese names of the tenants, by code. */
    static Map<String, String> names(DirectoryService directory, java.util.List<String> codes) {
        return codes.stream().distinct().collect(Collectors.toMap(Function.identity(), c -> directory
                .tenant(LgCode.parse(c)).map(Tenant::nameJa).orElse(c)));
    }
}

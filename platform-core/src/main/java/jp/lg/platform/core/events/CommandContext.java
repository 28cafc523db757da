package jp.lg.platform.core.events;

import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;

/**
 * Who issues a command and which user action it belongs to; becomes the {@code actor} and
 * {@code correlationId} of every event the command causes.
 */
public record CommandContext(String actor, String correlationId) {

    /** A command of the signed-in user, with a new correlation id. */
    public static CommandContext of(LgPrincipal principal) {
        return new CommandContext(principal.userId(), UUID.randomUUID().toString());
    }

    /** A command the platform issues itself (imports, schedulers). */
    public static CommandContext system() {
        return new CommandContext(EventMetadataFactory.SYSTEM, UUID.randomUUID().toString());
    }
}

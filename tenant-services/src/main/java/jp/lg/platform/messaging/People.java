package jp.lg.platform.messaging;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Who a username is, looked up inside the caller's tenant transaction, so row-level security
 * limits it to the caller's own tenant and the tenants it shares a collaboration with.
 */
@FunctionalInterface
public interface People {

    Optional<Participant> byUsername(Handle handle, String username);
}

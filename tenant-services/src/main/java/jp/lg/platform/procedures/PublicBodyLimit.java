package jp.lg.platform.procedures;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jp.lg.platform.core.web.RequestSizeLimit;

/**
 * The body limit of the public operations ({@link PublicBody}), below the API's general one: a
 * resident's form is a few kilobytes, so anything larger is refused with 413 before it is read.
 */
@PublicBody
@Priority(Priorities.ENTITY_CODER)
final class PublicBodyLimit implements ContainerRequestFilter {

    static final long MAX_BYTES = 16 * 1024;

    private final RequestSizeLimit limit = new RequestSizeLimit(MAX_BYTES);

    @Override
    public void filter(ContainerRequestContext request) {
        limit.filter(request);
    }
}

package jp.lg.platform.procedures;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jp.lg.platform.core.web.RequestSizeLimit;

/**
 * Guards the public operations ({@link PublicOperation}) before their body is read: the client's
 * rate limit (429), then a body limit below the API's general one (413), since a resident's form
 * is a few kilobytes; a file upload keeps its own limit ({@link jp.lg.platform.core.web.BodyLimit}).
 * The client is the address the connection comes from.
 */
@PublicOperation
@Priority(Priorities.AUTHENTICATION)
final class PublicRequestFilter implements ContainerRequestFilter {

    static final long MAX_BYTES = 16 * 1024;

    private final PublicLimits limits;
    private final RequestSizeLimit size = new RequestSizeLimit(MAX_BYTES);

    @Context
    private HttpServletRequest servletRequest;

    @Context
    private ResourceInfo resource;

    PublicRequestFilter(PublicLimits limits) {
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        limits.acquire(servletRequest.getRemoteAddr());
        if (!RequestSizeLimit.declared(resource)) {
            size.filter(request);
        }
    }
}

package jp.lg.platform.core.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over a size limit with 413 before they are read into memory: at once
 * when {@code Content-Length} says so, otherwise as soon as a chunked body passes the limit. A
 * resource method annotated {@link BodyLimit} has its own limit instead; the filter runs after
 * matching (to know the method) and before authentication and every filter that reads the body.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestSizeLimit implements ContainerRequestFilter {

    private final long defaultMaxBytes;

    @Context
    private ResourceInfo resource;

    public RequestSizeLimit(long maxBytes) {
        this.defaultMaxBytes = maxBytes;
    }

    /** Whether the matched method declares its own limit ({@link BodyLimit}). */
    public static boolean declared(ResourceInfo resource) {
        return resource != null && resource.getResourceMethod() != null
                && resource.getResourceMethod().isAnnotationPresent(BodyLimit.class);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        long maxBytes = declared(resource) ? resource.getResourceMethod().getAnnotation(BodyLimit.class).bytes()
                : defaultMaxBytes;
        if (request.getLength() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream(), maxBytes));
        }
    }

    private static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes; send less data in one request.");
    }

    private static final class Bounded extends FilterInputStream {
        private final long maxBytes;
        private long count;

        Bounded(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(long n) {
            count += n;
            if (count > maxBytes) {
                throw tooLarge(maxBytes);
            }
        }
    }
}

package jp.lg.platform.core.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over a size limit with 413 before they are read into memory: at once
 * when {@code Content-Length} says so, otherwise as soon as a chunked body passes the limit.
 */
@PreMatching
public final class RequestSizeLimit implements ContainerRequestFilter {

    private final long maxBytes;

    public RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Bounded(request.getEntityStream()));
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes; send less data in one request.");
    }

    private final class Bounded extends FilterInputStream {
        private long count;

        Bounded(InputStream in) {
            super(in);
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
                throw tooLarge();
            }
        }
    }
}

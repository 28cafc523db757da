package jp.lg.platform.core.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: anything unexpected becomes a 500 problem carrying an error id that is also
 * logged with the stack trace, so operators can find it. No internals reach the client.
 */
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String errorId = UUID.randomUUID().toString();
        LOG.error("Unexpected error {}", errorId, exception);
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL_ERROR,
                "Something went wrong on our side. Error id " + errorId
                        + "; quote it when you contact the platform team."), uriInfo);
    }
}

package jp.lg.platform.core.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Maps domain errors ({@link ProblemException}) to their problem responses. */
public final class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException exception) {
        return ProblemResponses.of(exception.toProblem(), uriInfo);
    }
}

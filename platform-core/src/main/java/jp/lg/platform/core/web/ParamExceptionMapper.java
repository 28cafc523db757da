package jp.lg.platform.core.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.glassfish.jersey.server.ParamException;

/**
 * A query or path parameter that cannot be converted (e.g. {@code ?limit=abc}) is the client's
 * mistake: 400 naming the parameter, not the 404 that JAX-RS would answer.
 */
public final class ParamExceptionMapper implements ExceptionMapper<ParamException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ParamException exception) {
        String field = exception.getParameterName();
        String message = "has the wrong type or format";
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION_FAILED, field + " " + message + ".",
                List.of(new Problem.FieldError(field, message))), uriInfo);
    }
}

package jp.lg.platform.core.web;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.stream.Collectors;

/**
 * Maps Jersey's own errors (unknown route, wrong method, wrong content type, bad parameter,
 * missing role) to problems, keeping the headers the client needs such as {@code Allow}.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        ProblemType type = ProblemType.forStatus(status);
        Response problem = ProblemResponses.of(Problem.of(type, detail(type, original)), uriInfo);
        if (exception instanceof NotAllowedException && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(problem).header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return problem;
    }

    private static String detail(ProblemType type, Response original) {
        return switch (type) {
            case NOT_FOUND -> "There is nothing at this address. The API lives under /api/v1; see /api/v1/openapi.json.";
            case METHOD_NOT_ALLOWED -> "This address does not accept this method. Allowed: "
                    + original.getAllowedMethods().stream().sorted().collect(Collectors.joining(", ")) + ".";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case NOT_ACCEPTABLE -> "This resource answers in application/json; ask for that in the Accept header.";
            case FORBIDDEN -> "Your roles do not allow this operation. Ask your administrator for the role it needs.";
            case UNAUTHORIZED -> "This endpoint needs an access token: send 'Authorization: Bearer <token>'.";
            case BAD_REQUEST -> "A path or query parameter is not valid; check the parameters against /api/v1/openapi.json.";
            default -> type.title() + ".";
        };
    }
}

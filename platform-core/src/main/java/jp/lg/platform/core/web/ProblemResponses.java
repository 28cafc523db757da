package jp.lg.platform.core.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import jp.lg.platform.core.auth.BearerAuth;

/** Builds {@code application/problem+json} responses; the one place their headers are decided. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Response of(Problem problem, UriInfo uriInfo) {
        Problem withInstance = uriInfo == null ? problem : problem.withInstance(instance(uriInfo));
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA)
                .entity(withInstance);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, challenge(problem));
        }
        if (problem.status() == 413) {
            // the rest of the body is never read, so the connection cannot carry another request
            response.header("Connection", "close");
        }
        return response.build();
    }

    private static String challenge(Problem problem) {
        String challenge = "Bearer realm=\"" + BearerAuth.REALM + "\"";
        if (problem.detail() != null && problem.detail().startsWith("The access token was refused")) {
            challenge += ", error=\"invalid_token\", error_description=\""
                    + problem.detail().replace("\"", "'").replace("\\", "/") + "\"";
        }
        return challenge;
    }

    private static URI instance(UriInfo uriInfo) {
        try {
            return URI.create(uriInfo.getRequestUri().getRawPath());
        } catch (RuntimeException e) {
            return null;
        }
    }
}

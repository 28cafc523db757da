package jp.lg.platform.core.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors, for requests that never reach the API (an undecodable URI, oversized
 * headers), as {@code application/problem+json} instead of Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        ProblemType type = ProblemType.forStatus(code);
        Problem problem = new Problem(type.uri(), type.title(), type.titleJa(), code,
                "The server could not accept this request (" + code + "). Check the address and headers; "
                        + "the API is described at /api/v1/openapi.json.", null, List.of());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(json.writeValueAsBytes(problem)), callback);
    }
}

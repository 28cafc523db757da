package jp.lg.platform.core.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Maps request bodies Jackson cannot read (not JSON, wrong types, unknown fields) to a 400
 * problem that names the offending field when there is one. Never echoes the body back.
 */
public final class MalformedJsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (exception instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = fieldMessage(mapping);
            return ProblemResponses.of(Problem.of(ProblemType.VALIDATION_FAILED, field + ": " + message,
                    List.of(new Problem.FieldError(field, message))), uriInfo);
        }
        String where = exception.getLocation() == null ? ""
                : " (line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST,
                "The request body is not valid JSON" + where + ". Send a JSON object."), uriInfo);
    }

    private static String fieldMessage(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (mapping instanceof InvalidFormatException format && format.getCause() instanceof IllegalArgumentException cause) {
            return cause.getMessage();
        }
        if (mapping.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return "has the wrong type";
    }
}

package jp.lg.platform.core.web;

import io.dropwizard.jersey.validation.JerseyViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.Parameter;

/**
 * Maps Bean Validation failures to a 400 {@code validation-failed} problem listing every offending
 * field by its JSON name (or by its path/query parameter name), sorted, so a client can show them all.
 */
public final class ValidationExceptionMapper implements ExceptionMapper<JerseyViolationException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(JerseyViolationException exception) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v, exception.getInvocable()), v.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION_FAILED,
                "Correct these fields and send the request again: " + detail + ".", errors), uriInfo);
    }

    static String field(ConstraintViolation<?> violation, Invocable invocable) {
        List<String> properties = new ArrayList<>();
        String parameter = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = parameterName(node.as(Path.ParameterNode.class).getParameterIndex(), invocable);
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]" : node.getName());
            }
        }
        return properties.isEmpty() ? parameter : String.join(".", properties);
    }

    private static String parameterName(int index, Invocable invocable) {
        if (invocable == null || index >= invocable.getParameters().size()) {
            return "body";
        }
        Parameter parameter = invocable.getParameters().get(index);
        return parameter.getSourceName() == null || parameter.getSourceName().isEmpty()
                ? "body" : parameter.getSourceName();
    }
}

package jp.lg.platform.core.web;

import java.util.List;

/**
 * A domain error with a {@link ProblemType}; thrown by services and turned into a problem
 * response in one place ({@link ProblemExceptionMapper}). Messages say what to do next.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem() {
        return Problem.of(type, getMessage(), errors);
    }
}

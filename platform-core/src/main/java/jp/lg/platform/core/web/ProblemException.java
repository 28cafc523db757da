package jp.lg.platform.core.web;

import java.util.List;
import java.util.stream.Collectors;

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

    /** One 400 {@code validation-failed} problem listing every error, each field with what is wrong with it. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        return new ProblemException(ProblemType.VALIDATION_FAILED,
                "入力内容を確認してください / Correct these and send the request again: " + detail + ".", errors);
    }

    public ProblemType type() {
        return type;
    }

    public Problem toProblem() {
        return Problem.of(type, getMessage(), errors);
    }
}

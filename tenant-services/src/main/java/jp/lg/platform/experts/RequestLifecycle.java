package jp.lg.platform.experts;

import java.util.stream.Collectors;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/** The state machine of an expert request; pure, so every legal and illegal move is unit-tested. */
public final class RequestLifecycle {

    private RequestLifecycle() {}

    /**
     * The state {@code transition} leads to from {@code current}; a 409 {@code invalid-transition}
     * problem naming the current state when the move is not allowed from there.
     */
    public static RequestStatus apply(RequestStatus current, RequestTransition transition) {
        if (!transition.from().contains(current)) {
            String allowed = transition.from().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            throw new ProblemException(ProblemType.INVALID_TRANSITION, "The request is " + current + "; it can "
                    + transition.code() + " only from " + allowed + ". 現在の状態は " + current + " のため、この操作はできません。");
        }
        return transition.to();
    }
}

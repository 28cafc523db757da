package jp.lg.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestLifecycleTest {

    /** Every legal move and where it leads; any pair of state and move not listed here is illegal. */
    private static final Map<String, RequestStatus> LEGAL = Map.ofEntries(
            Map.entry("SUBMITTED TRIAGE", RequestStatus.TRIAGED),
            Map.entry("TRIAGED PROPOSE", RequestStatus.PROPOSED),
            Map.entry("PROPOSED CONFIRM", RequestStatus.CONFIRMED),
            Map.entry("CONFIRMED RELEASE", RequestStatus.TRIAGED),
            Map.entry("CONFIRMED COMPLETE", RequestStatus.COMPLETED),
            Map.entry("SUBMITTED DECLINE", RequestStatus.DECLINED),
            Map.entry("TRIAGED DECLINE", RequestStatus.DECLINED),
            Map.entry("PROPOSED DECLINE", RequestStatus.DECLINED),
            Map.entry("SUBMITTED CANCEL", RequestStatus.CANCELLED),
            Map.entry("TRIAGED CANCEL", RequestStatus.CANCELLED),
            Map.entry("PROPOSED CANCEL", RequestStatus.CANCELLED),
            Map.entry("CONFIRMED CANCEL", RequestStatus.CANCELLED));

    static Stream<Arguments> legalMoves() {
        return everyPair().filter(a -> LEGAL.containsKey(key(a)));
    }

    static Stream<Arguments> illegalMoves() {
        return everyPair().filter(a -> !LEGAL.containsKey(key(a)));
    }

    @ParameterizedTest(name = "{0} --{1}--> allowed")
    @MethodSource("legalMoves")
    void aLegalMoveLeadsToItsState(RequestStatus from, RequestTransition move) {
        assertThat(RequestLifecycle.apply(from, move)).isEqualTo(LEGAL.get(from + " " + move));
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("illegalMoves")
    void anIllegalMoveIsAConflictNamingTheCurrentState(RequestStatus from, RequestTransition move) {
        assertThatThrownBy(() -> RequestLifecycle.apply(from, move))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.INVALID_TRANSITION);
                    assertThat(e.type().status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("The request is " + from);
                });
    }

    @ParameterizedTest(name = "{0} is final")
    @MethodSource("finalStates")
    void completedDeclinedAndCancelledAreFinal(RequestStatus finalState) {
        for (RequestTransition move : RequestTransition.values()) {
            assertThatThrownBy(() -> RequestLifecycle.apply(finalState, move)).isInstanceOf(ProblemException.class);
        }
    }

    static Stream<RequestStatus> finalStates() {
        return Stream.of(RequestStatus.COMPLETED, RequestStatus.DECLINED, RequestStatus.CANCELLED);
    }

    private static Stream<Arguments> everyPair() {
        return Stream.of(RequestStatus.values())
                .flatMap(s -> Stream.of(RequestTransition.values()).map(t -> Arguments.of(s, t)));
    }

    private static String key(Arguments a) {
        return a.get()[0] + " " + a.get()[1];
    }
}

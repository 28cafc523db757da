package jp.lg.platform.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void oneAndTwoAreSuppressedZeroAndThreeAreShown() {
        assertThat(Suppression.small(0)).isFalse();
        assertThat(Suppression.small(1)).isTrue();
        assertThat(Suppression.small(2)).isTrue();
        assertThat(Suppression.small(3)).isFalse();
        assertThat(Suppression.LABEL).isEqualTo("< 3");
    }

    @Test
    void aSingleSuppressedPartHidesTheSmallestOtherPartSoTheTotalCannotGiveItAway() {
        boolean[] hide = Suppression.hidden(List.of(5L, 1L, 0L, 4L, 9L), 19);

        assertThat(hide).containsExactly(false, true, false, true, false, false);
    }

    @Test
    void withNoOtherPartToHideTheTotalIsHidden() {
        assertThat(Suppression.hidden(List.of(2L, 0L, 0L), 2)).containsExactly(true, false, false, true);
        assertThat(Suppression.hidden(List.of(1L, 0L, 5L), 6)).containsExactly(true, false, true, false);
        assertThat(Suppression.hidden(List.of(1L, 0L), 1)).containsExactly(true, false, true);
    }

    @Test
    void pseudonymisedTownsAreTooFewToHideWhenAnAnswerHoldsOneOrTwoOfThem() {
        Set<String> named = Set.of("382060", "382019");

        assertThat(Suppression.tooFewToHide(List.of("382060", "382051"), named::contains)).containsOnly("382051");
        assertThat(Suppression.tooFewToHide(List.of("382060", "382051", "382027"), named::contains))
                .containsOnly("382051", "382027");
        assertThat(Suppression.tooFewToHide(List.of("382060", "382051", "382027", "382035"), named::contains)).isEmpty();
        assertThat(Suppression.tooFewToHide(List.of("382060", "382019"), named::contains)).isEmpty();
    }

    @Test
    void twoSuppressedPartsAreLeftAsTheyAre() {
        assertThat(Suppression.hidden(List.of(1L, 2L, 7L), 10)).containsExactly(true, true, false, false);
    }
}

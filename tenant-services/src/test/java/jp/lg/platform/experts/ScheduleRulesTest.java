package jp.lg.platform.experts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {

    private static final LgCode EHIME = LgCode.parse("380008");
    private static final Optional<Collaboration> TEAM_EHIME = Optional.of(new Collaboration("team-ehime", "チーム愛媛",
            "Team Ehime", EHIME, List.of(LgCode.parse("382060"))));
    private static final LocalDate TODAY = LocalDate.of(2030, 5, 1);

    @Test
    void aHorizonOfTheLeadsCollaborationIsAccepted() {
        assertThat(check(TEAM_EHIME, "2030-06-03", "2030-06-07")).isEmpty();
    }

    @Test
    void aCollaborationLedBySomeoneElseOrUnknownIsNamed() {
        assertThat(ScheduleRules.check(input("2030-06-03", "2030-06-07"), TEAM_EHIME, LgCode.parse("070009"), TODAY))
                .extracting(FieldError::field).containsExactly("collaborationCode");
        assertThat(check(Optional.empty(), "2030-06-03", "2030-06-07"))
                .extracting(FieldError::field).containsExactly("collaborationCode");
    }

    @Test
    void aReversedTooLongOrPastHorizonNamesTo() {
        assertThat(check(TEAM_EHIME, "2030-06-07", "2030-06-03")).extracting(FieldError::message)
                .containsExactly("must not be before from");
        assertThat(check(TEAM_EHIME, "2030-06-03", "2031-06-04")).extracting(FieldError::message)
                .containsExactly("must be less than 366 days after from");
        assertThat(check(TEAM_EHIME, "2030-04-01", "2030-04-30")).extracting(FieldError::message)
                .containsExactly("must not be in the past");
    }

    private static List<FieldError> check(Optional<Collaboration> collaboration, String from, String to) {
        return ScheduleRules.check(input(from, to), collaboration, EHIME, TODAY);
    }

    private static ScheduleInput input(String from, String to) {
        return new ScheduleInput("team-ehime", LocalDate.parse(from), LocalDate.parse(to), 5);
    }
}

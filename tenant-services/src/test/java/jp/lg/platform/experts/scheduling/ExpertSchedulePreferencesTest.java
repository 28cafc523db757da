package jp.lg.platform.experts.scheduling;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.PARAMETERS;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.at;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.expert;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.request;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.visit;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

/** The soft constraints: preferences, travel, continuity and load. */
class ExpertSchedulePreferencesTest {

    private final ConstraintVerifier<ExpertScheduleConstraints, ExpertSchedule> verifier =
            ConstraintVerifier.build(new ExpertScheduleConstraints(), ExpertSchedule.class, Visit.class);
    private final Expert aoki = expert("aoki");
    private final Expert ito = expert("ito");

    @Test
    void penalizesAVisitOutsideThePreferredWindowsOnly() {
        VisitRequest mondayMorning = request("r1", "Saijo").preferring(at(MONDAY, 9, 0), at(MONDAY, 12, 0)).build();
        VisitRequest anyTime = request("r2", "Saijo").build();

        verifier.verifyThat(ExpertScheduleConstraints::insidePreferredWindow)
                .given(visit(mondayMorning, aoki, at(TUESDAY, 9, 0)), visit(anyTime, ito, at(TUESDAY, 9, 0)))
                .penalizesBy(1);
        verifier.verifyThat(ExpertScheduleConstraints::insidePreferredWindow)
                .given(visit(mondayMorning, aoki, at(MONDAY, 10, 0)))
                .penalizesBy(0);
    }

    @Test
    void penalizesRoundTripKilometresOfOnSiteVisits() {
        VisitRequest ainan = request("r1", "Ainan").build();
        VisitRequest ainanOnline = request("r2", "Ainan").online().build();

        verifier.verifyThat(ExpertScheduleConstraints::travelDistance)
                .given(PARAMETERS, visit(ainan, aoki, at(MONDAY, 9, 0)), visit(ainanOnline, ito, at(MONDAY, 9, 0)))
                .penalizesBy(258);
    }

    @Test
    void rewardsSendingTheExpertTheTownHadBefore() {
        VisitRequest saijo = request("r1", "Saijo").build();
        VisitRequest uwajima = request("r2", "Uwajima").build();

        verifier.verifyThat(ExpertScheduleConstraints::sameExpertAsBefore)
                .given(new PreviousExpert("382060", "aoki"), new PreviousExpert("382035", "ito"),
                        visit(saijo, aoki, at(MONDAY, 9, 0)), visit(uwajima, aoki, at(TUESDAY, 9, 0)))
                .rewardsWith(1);
    }

    @Test
    void penalizesTheSquareOfEachExpertsLoad() {
        verifier.verifyThat(ExpertScheduleConstraints::balancedExpertLoad)
                .given(visit(request("r1", "Saijo").build(), aoki, at(MONDAY, 9, 0)),
                        visit(request("r2", "Saijo").build(), aoki, at(MONDAY, 13, 0)),
                        visit(request("r3", "Saijo").build(), aoki, at(TUESDAY, 9, 0)),
                        visit(request("r4", "Saijo").build(), ito, at(TUESDAY, 9, 0)))
                .penalizesBy(3 * 3 + 1);
    }
}

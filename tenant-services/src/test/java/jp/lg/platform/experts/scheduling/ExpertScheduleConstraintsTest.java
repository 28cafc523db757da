package jp.lg.platform.experts.scheduling;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.PARAMETERS;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.PLANNING_DATE;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.at;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.available;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.expert;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.request;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.town;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.unassigned;
import static org.assertj.core.api.Assertions.assertThat;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.visit;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import org.junit.jupiter.api.Test;

/** The hard and medium constraints (refusals and how evenly towns bear them), one fact set each. */
class ExpertScheduleConstraintsTest {

    private final ConstraintVerifier<ExpertScheduleConstraints, ExpertSchedule> verifier =
            ConstraintVerifier.build(new ExpertScheduleConstraints(), ExpertSchedule.class, Visit.class);
    private final Expert aoki = expert("aoki");
    private final Expert ito = expert("ito");

    @Test
    void penalizesAnExpertWithoutTheRequestedSpecialty() {
        VisitRequest security = request("r1", "Saijo").specialty("systems-security").build();

        verifier.verifyThat(ExpertScheduleConstraints::specialtyMatch)
                .given(visit(security, aoki, at(MONDAY, 10, 0)), visit(security, ito, at(TUESDAY, 10, 0)))
                .penalizesBy(1);
    }

    @Test
    void penalizesAVisitRunningPastTheExpertsAvailability() {
        VisitRequest twoHours = request("r1", "Saijo").build();

        verifier.verifyThat(ExpertScheduleConstraints::withinAvailability)
                .given(available(aoki, at(MONDAY, 9, 0), at(MONDAY, 11, 0)),
                        available(ito, at(MONDAY, 9, 0), at(MONDAY, 17, 0)),
                        visit(twoHours, aoki, at(MONDAY, 10, 0)))
                .penalizesBy(1);
        verifier.verifyThat(ExpertScheduleConstraints::withinAvailability)
                .given(available(aoki, at(MONDAY, 9, 0), at(MONDAY, 17, 0)), visit(twoHours, aoki, at(MONDAY, 10, 0)))
                .penalizesBy(0);
    }

    @Test
    void penalizesOverlappingOnlineVisitsByTheMinutesTheyCollide() {
        VisitRequest first = request("r1", "Saijo").online().build();
        VisitRequest second = request("r2", "Uwajima").online().build();

        verifier.verifyThat(ExpertScheduleConstraints::noOverlapIncludingTravel)
                .given(PARAMETERS, visit(first, aoki, at(MONDAY, 10, 0)), visit(second, aoki, at(MONDAY, 11, 0)))
                .penalizesBy(60);
        verifier.verifyThat(ExpertScheduleConstraints::noOverlapIncludingTravel)
                .given(PARAMETERS, visit(first, aoki, at(MONDAY, 10, 0)), visit(second, ito, at(MONDAY, 11, 0)))
                .penalizesBy(0);
    }

    @Test
    void countsTheDriveFromMatsuyamaToAinanBetweenOnSiteVisits() {
        VisitRequest matsuyama = request("r1", "Matsuyama").build();
        VisitRequest ainan = request("r2", "Ainan").build();
        int drive = PARAMETERS.travel().minutes(town("Matsuyama").office(), town("Ainan").office());

        verifier.verifyThat(ExpertScheduleConstraints::noOverlapIncludingTravel)
                .given(PARAMETERS, visit(matsuyama, aoki, at(MONDAY, 9, 0)), visit(ainan, aoki, at(MONDAY, 12, 0)))
                .penalizesBy(drive - 60);
    }

    @Test
    void needsNoTravelTimeAroundAnOnlineVisit() {
        VisitRequest matsuyama = request("r1", "Matsuyama").build();
        VisitRequest ainanOnline = request("r2", "Ainan").online().build();

        verifier.verifyThat(ExpertScheduleConstraints::noOverlapIncludingTravel)
                .given(PARAMETERS, visit(matsuyama, aoki, at(MONDAY, 9, 0)), visit(ainanOnline, aoki, at(MONDAY, 11, 0)))
                .penalizesBy(0);
    }

    @Test
    void penalizesEachVisitBeyondTheWeeklyLimit() {
        Visit[] fiveThisWeek = new Visit[5];
        for (int i = 0; i < 5; i++) {
            fiveThisWeek[i] = visit(request("r" + i, "Saijo").online().build(), aoki, at(MONDAY, 9, 0).plusDays(i));
        }

        verifier.verifyThat(ExpertScheduleConstraints::weeklyVisitLimit)
                .given((Object[]) fiveThisWeek)
                .penalizesBy(5 - aoki.weeklyVisitLimit());
    }

    @Test
    void allowsTheWeeklyLimitAgainNextWeek() {
        Visit[] spread = new Visit[5];
        for (int i = 0; i < 5; i++) {
            spread[i] = visit(request("r" + i, "Saijo").online().build(), aoki, at(MONDAY, 9, 0).plusDays(2L * i));
        }

        verifier.verifyThat(ExpertScheduleConstraints::weeklyVisitLimit)
                .given((Object[]) spread)
                .penalizesBy(0);
    }

    @Test
    void penalizesLeavingAnOldUrgentRequestMoreThanAFreshOne() {
        VisitRequest oldUrgent = request("r1", "Matsuno").urgency(3).submitted(PLANNING_DATE.minusWeeks(3)).build();
        VisitRequest fresh = request("r2", "Matsuyama").urgency(1).build();
        VisitRequest served = request("r3", "Saijo").build();

        verifier.verifyThat(ExpertScheduleConstraints::unassignedRequest)
                .given(PARAMETERS, unassigned(oldUrgent), unassigned(fresh), visit(served, aoki, at(MONDAY, 9, 0)))
                .penalizesBy(PlanningParameters.PER_UNSERVED_REQUEST + 3 * (1 + 3) + PlanningParameters.PER_UNSERVED_REQUEST + 1);
    }

    @Test
    void neverTradesTwoServedRequestsForOneOlderMoreUrgentOne() {
        VisitRequest oldest = request("r1", "Matsuno").urgency(3).submitted(PLANNING_DATE.minusWeeks(52)).build();
        VisitRequest fresh = request("r2", "Matsuyama").urgency(1).build();

        assertThat(PARAMETERS.unassignedWeight(oldest)).isLessThan(2 * PARAMETERS.unassignedWeight(fresh));
        assertThat(PARAMETERS.unassignedWeight(oldest)).isGreaterThan(PARAMETERS.unassignedWeight(fresh));
    }

    @Test
    void weighsAnUnservedRequestOfASmallAskMoreThanOfABigOne() {
        VisitRequest matsuno = request("m1", "Matsuno").asked(2).build();
        VisitRequest matsunoServed = request("m2", "Matsuno").asked(2).build();
        VisitRequest matsuyama = request("y1", "Matsuyama").asked(20).build();

        verifier.verifyThat(ExpertScheduleConstraints::fairnessBetweenTowns)
                .given(unassigned(matsuno), visit(matsunoServed, aoki, at(MONDAY, 9, 0)))
                .penalizesBy(500);
        verifier.verifyThat(ExpertScheduleConstraints::fairnessBetweenTowns)
                .given(unassigned(matsuyama))
                .penalizesBy(50);
    }

    @Test
    void costsLessToRefuseOneRequestOfEachOfTwoTownsThanTwoOfOne() {
        VisitRequest saijo1 = request("s1", "Saijo").asked(10).build();
        VisitRequest saijo2 = request("s2", "Saijo").asked(10).build();
        VisitRequest uwajima1 = request("u1", "Uwajima").asked(10).build();
        VisitRequest uwajima2 = request("u2", "Uwajima").asked(10).build();

        verifier.verifyThat(ExpertScheduleConstraints::fairnessBetweenTowns)
                .given(unassigned(saijo1), unassigned(saijo2), visit(uwajima1, aoki, at(MONDAY, 9, 0)),
                        visit(uwajima2, ito, at(MONDAY, 9, 0)))
                .penalizesBy(400);
        verifier.verifyThat(ExpertScheduleConstraints::fairnessBetweenTowns)
                .given(unassigned(saijo1), visit(saijo2, aoki, at(MONDAY, 9, 0)), unassigned(uwajima1),
                        visit(uwajima2, ito, at(MONDAY, 9, 0)))
                .penalizesBy(100 + 100);
    }

    @Test
    void measuresATownAgainstItsRequestsInThePlanWhenItAskedMoreThanItsFiscalYearCount() {
        VisitRequest first = request("s1", "Saijo").asked(1).build();
        VisitRequest second = request("s2", "Saijo").asked(1).build();

        verifier.verifyThat(ExpertScheduleConstraints::fairnessBetweenTowns)
                .given(unassigned(first), visit(second, aoki, at(MONDAY, 9, 0)))
                .penalizesBy(1000 * 1 / 2);
    }

    @Test
    void neverDropsTwoRequestsToServeOneOfAWorseServedTown() {
        VisitRequest oldest = request("r1", "Matsuno").urgency(3).submitted(PLANNING_DATE.minusWeeks(52)).build();
        for (int asked = 1; asked <= 100; asked++) {
            for (int unserved = 1; unserved <= asked; unserved++) {
                int nextRefusal = PlanningParameters.townShortfallWeight(unserved, asked)
                        - PlanningParameters.townShortfallWeight(unserved - 1, asked);
                assertThat(nextRefusal).as("refusal %d of %d", unserved, asked)
                        .isPositive().isLessThan(2 * PlanningParameters.PER_TOWN_SHORTFALL);
            }
        }

        assertThat(PARAMETERS.unassignedWeight(oldest) + 2 * PlanningParameters.PER_TOWN_SHORTFALL)
                .as("the dearest refusal costs less than two of the cheapest")
                .isLessThan(2 * PlanningParameters.PER_UNSERVED_REQUEST);
    }
}

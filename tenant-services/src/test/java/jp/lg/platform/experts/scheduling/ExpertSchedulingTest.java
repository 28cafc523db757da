package jp.lg.platform.experts.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.Solver;
import java.time.DayOfWeek;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One small end-to-end solve: 11 requests, 3 experts, one working week. */
class ExpertSchedulingTest {

    @Test
    void assignsEveryFeasibleRequestWithoutBreakingAHardRule() {
        Solver<ExpertSchedule> solver = ExpertScheduling.solverFactory(Duration.ofSeconds(3)).buildSolver();

        ExpertSchedule solved = solver.solve(ScheduleFixtures.weekProblem());

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getVisits()).filteredOn(visit -> !visit.isAssigned())
                .extracting(Visit::getId)
                .as("only the request for a specialty nobody has stays unassigned")
                .containsExactly("r11");
    }

    @Test
    void keepsAPinnedVisitWhereTheCoordinatorPutIt() {
        ExpertSchedule problem = ScheduleFixtures.weekProblem();
        Visit saijo = problem.getVisits().get(0);
        Expert aoki = ScheduleFixtures.expert("aoki");
        TimeSlot friday = new TimeSlot(ScheduleFixtures.at(DayOfWeek.FRIDAY, 13, 0));
        saijo.setExpert(aoki);
        saijo.setSlot(friday);
        saijo.setPinned(true);

        ExpertSchedule solved = ExpertScheduling.solverFactory(Duration.ofSeconds(1)).buildSolver().solve(problem);

        Visit kept = solved.getVisits().get(0);
        assertThat(kept.getExpert()).isEqualTo(aoki);
        assertThat(kept.getSlot()).isEqualTo(friday);
        assertThat(solved.getScore().hardScore()).isZero();
    }
}

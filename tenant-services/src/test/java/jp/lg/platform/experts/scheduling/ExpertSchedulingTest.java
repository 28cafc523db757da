package jp.lg.platform.experts.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
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
    void improvesOnTheGreedyBaselineWithoutBreakingARule() {
        ExpertSchedule greedy = new GreedyScheduler().schedule(ScheduleFixtures.weekProblem());
        SolutionManager<ExpertSchedule, HardMediumSoftScore> scoring =
                SolutionManager.create(ExpertScheduling.solverFactory(Duration.ofSeconds(1)));
        HardMediumSoftScore greedyScore = scoring.update(greedy);

        ExpertSchedule improved = SolverFactory.<ExpertSchedule>create(ExpertScheduling.improvingConfig(Duration.ofSeconds(1)))
                .buildSolver().solve(greedy);

        assertThat(improved.getScore().hardScore()).isZero();
        assertThat(improved.getScore()).isGreaterThanOrEqualTo(greedyScore);
        assertThat(improved.getVisits()).filteredOn(visit -> !visit.isAssigned()).extracting(Visit::getId)
                .containsExactly("r11");
    }

    @Test
    void localSearchAloneAssignsVisitsThatStartWithNeitherExpertNorSlot() {
        ExpertSchedule empty = ScheduleFixtures.weekProblem();

        ExpertSchedule improved = SolverFactory.<ExpertSchedule>create(ExpertScheduling.improvingConfig(Duration.ofSeconds(2)))
                .buildSolver().solve(empty);

        assertThat(improved.getScore().hardScore()).isZero();
        assertThat(improved.getVisits()).filteredOn(Visit::isAssigned).hasSizeGreaterThan(5);
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

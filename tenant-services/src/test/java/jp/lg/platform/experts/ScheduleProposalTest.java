package jp.lg.platform.experts;

import static jp.lg.platform.experts.ScheduleRows.MONDAY;
import static jp.lg.platform.experts.ScheduleRows.SAIJO;
import static jp.lg.platform.experts.ScheduleRows.TENANTS;
import static jp.lg.platform.experts.ScheduleRows.expert;
import static jp.lg.platform.experts.ScheduleRows.request;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.ExpertScheduling;
import jp.lg.platform.experts.scheduling.TimeSlot;
import jp.lg.platform.experts.scheduling.TravelTime;
import jp.lg.platform.experts.scheduling.Visit;
import org.junit.jupiter.api.Test;

class ScheduleProposalTest {

    private static final ScheduleProposal PROPOSAL = new ScheduleProposal(SolutionManager.create(
            SolverFactory.create(ExpertScheduling.solverConfig(Duration.ofSeconds(1)))));
    private static final Expert DESIGNER = expert("design-ux", MONDAY.plusWeeks(1), 1);

    @Test
    void anAssignedVisitCarriesItsExpertTokyoTimesTravelAndTheConstraintsThatScoredIt() {
        ExpertRequest early = triaged("design-ux", 1);
        ExpertSchedule schedule = problem(early);
        assign(schedule.getVisits().get(0), schedule, 9);

        ScheduleAssignment assignment = PROPOSAL.assignments(schedule).get(0);

        assertThat(assignment.requestId()).isEqualTo(early.id());
        assertThat(assignment.status()).isEqualTo(ScheduleAssignmentStatus.PROPOSED);
        assertThat(assignment.expertId()).contains(DESIGNER.id());
        assertThat(assignment.start()).contains(MONDAY.atTime(9, 0));
        assertThat(assignment.end()).contains(MONDAY.atTime(10, 30));
        assertThat(assignment.travelMinutes()).isEqualTo(TravelTime.EHIME_DEFAULT.minutes(
                schedule.getExperts().get(0).home(), schedule.getVisits().get(0).town().office())).isPositive();
        assertThat(assignment.explanation()).contains(
                new ScheduleContribution("Inside the town's preferred window", 0, 0, -100));
        assertThat(assignment.explanation()).anySatisfy(c -> {
            assertThat(c.constraint()).isEqualTo("Less travel");
            assertThat(c.soft()).isNegative();
        });
        assertThat(assignment.blockedBy()).isEmpty();
    }

    @Test
    void aRequestNoExpertCanTakeIsBlockedBySpecialty() {
        ExpertSchedule schedule = problem(triaged("systems-security", 1));

        ScheduleAssignment assignment = PROPOSAL.assignments(schedule).get(0);

        assertThat(assignment.status()).isEqualTo(ScheduleAssignmentStatus.UNASSIGNED);
        assertThat(assignment.expertId()).isEmpty();
        assertThat(assignment.blockedBy()).contains("Expert has the requested specialty");
        assertThat(assignment.explanation()).anySatisfy(c -> {
            assertThat(c.constraint()).isEqualTo("Request left unassigned");
            assertThat(c.medium()).isNegative();
        });
    }

    @Test
    void aRequestOfASpecialistWithNoTimeInTheHorizonIsBlockedByAvailability() {
        ExpertSchedule schedule = ScheduleProblem.build(new ScheduleFacts(MONDAY.plusDays(1), MONDAY.plusDays(4),
                MONDAY.minusDays(30), List.of(triaged("design-ux", 1)), List.of(DESIGNER), TENANTS, List.of()),
                DispatchCatalogue.load(Optional.empty()), TravelTime.EHIME_DEFAULT);

        assertThat(PROPOSAL.assignments(schedule).get(0).blockedBy()).contains("Within the expert's availability");
    }

    @Test
    void aRequestLeftOverWhenTheExpertsWeekIsFullIsBlockedByTheWeeklyLimit() {
        ExpertSchedule schedule = problem(triaged("design-ux", 1), triaged("design-ux", 2));
        assign(schedule.getVisits().get(0), schedule, 10);

        List<ScheduleAssignment> assignments = PROPOSAL.assignments(schedule);

        assertThat(assignments.get(1).blockedBy()).contains("Expert's weekly visit limit");
    }

    @Test
    void brokenRulesNamesTheHardRulesOfAScheduleMovedByHand() {
        ExpertSchedule schedule = problem(triaged("design-ux", 1), triaged("design-ux", 2));
        assign(schedule.getVisits().get(0), schedule, 10);
        assertThat(PROPOSAL.brokenRules(schedule)).isEmpty();

        assign(schedule.getVisits().get(1), schedule, 11);

        assertThat(PROPOSAL.brokenRules(schedule)).containsExactly("Expert's weekly visit limit",
                "No overlap for one expert, travel included");
    }

    private static ExpertRequest triaged(String specialty, long seq) {
        return request(SAIJO, seq, specialty, "team-ehime", RequestStatus.TRIAGED, Optional.empty());
    }

    private static void assign(Visit visit, ExpertSchedule schedule, int hour) {
        visit.setExpert(schedule.getExperts().get(0));
        visit.setSlot(new TimeSlot(MONDAY.atTime(hour, 0)));
    }

    private static ExpertSchedule problem(ExpertRequest... requests) {
        return ScheduleProblem.build(new ScheduleFacts(MONDAY, MONDAY.plusDays(4), MONDAY.minusDays(30),
                List.of(requests), List.of(DESIGNER), TENANTS, List.of()), DispatchCatalogue.load(Optional.empty()),
                TravelTime.EHIME_DEFAULT);
    }
}

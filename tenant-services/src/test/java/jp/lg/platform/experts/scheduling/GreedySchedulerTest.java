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
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import jp.lg.platform.core.time.FiscalYear;
import org.junit.jupiter.api.Test;

class GreedySchedulerTest {

    private final SolutionManager<ExpertSchedule, HardMediumSoftScore> scoring =
            SolutionManager.create(ExpertScheduling.solverFactory(Duration.ofSeconds(1)));

    @Test
    void assignsEveryFeasibleRequestOfTheWeekWithoutBreakingAHardRule() {
        ExpertSchedule schedule = new GreedyScheduler().schedule(ScheduleFixtures.weekProblem());

        assertThat(scoring.update(schedule).hardScore()).isZero();
        assertThat(schedule.getVisits()).filteredOn(visit -> !visit.isAssigned())
                .extracting(Visit::getId)
                .containsExactly("r11");
    }

    @Test
    void servesTheEarlierSubmissionWhenOnlyOneVisitFits() {
        Expert aoki = expert("aoki");
        Availability mondayMorning = available(aoki, at(MONDAY, 9, 0), at(MONDAY, 11, 0));
        Visit late = new Visit(request("late", "Matsuyama").urgency(3).build());
        Visit early = new Visit(request("early", "Matsuno").urgency(1).submitted(PLANNING_DATE.minusDays(1)).build());
        ExpertSchedule problem = new ExpertSchedule(List.of(aoki),
                TimeSlot.grid(List.of(mondayMorning), Duration.ofMinutes(30)), List.of(mondayMorning),
                List.of(), List.of(), List.of(), List.of(), PARAMETERS, List.of(late, early));

        new GreedyScheduler().schedule(problem);

        assertThat(early.isAssigned()).isTrue();
        assertThat(early.start()).isEqualTo(at(MONDAY, 9, 0));
        assertThat(late.isAssigned()).isFalse();
    }

    @Test
    void servesEachRequestAtTheEarliestSlotAnAbleExpertIsAvailable() {
        Expert aoki = expert("aoki");
        Expert ito = expert("ito");
        Availability aokiTuesday = available(aoki, at(TUESDAY, 9, 0), at(TUESDAY, 17, 0));
        Availability itoMonday = available(ito, at(MONDAY, 13, 0), at(MONDAY, 17, 0));
        Visit visit = new Visit(request("r1", "Saijo").specialty("data-utilization").build());
        Visit design = new Visit(request("r2", "Saijo").build());
        ExpertSchedule problem = new ExpertSchedule(List.of(aoki, ito),
                TimeSlot.grid(List.of(aokiTuesday, itoMonday), Duration.ofMinutes(30)), List.of(aokiTuesday, itoMonday),
                List.of(), List.of(), List.of(), List.of(), PARAMETERS, List.of(visit, design));

        new GreedyScheduler().schedule(problem);

        assertThat(visit.getExpert()).isEqualTo(ito);
        assertThat(visit.start()).isEqualTo(at(MONDAY, 13, 0));
        assertThat(design.getExpert()).as("only aoki has design-ux, and only on Tuesday").isEqualTo(aoki);
        assertThat(design.start()).isEqualTo(at(TUESDAY, 9, 0));
    }

    @Test
    void leavesARequestUnassignedWhenTheTownUsedUpItsProgrammeCap() {
        Expert aoki = expert("aoki");
        Availability monday = available(aoki, at(MONDAY, 9, 0), at(MONDAY, 17, 0));
        Visit fourth = new Visit(request("r4", "Saijo").programme("mic-informatization").build());
        ExpertSchedule problem = new ExpertSchedule(List.of(aoki), TimeSlot.grid(List.of(monday), Duration.ofMinutes(30)),
                List.of(monday), List.of(new ProgrammeCap("mic-informatization", 3)), List.of(),
                List.of(new CapUsage("382060", "mic-informatization", FiscalYear.of(2026), 3)), List.of(), PARAMETERS,
                List.of(fourth));

        new GreedyScheduler().schedule(problem);

        assertThat(fourth.isAssigned()).isFalse();
    }

    @Test
    void keepsPinnedVisitsAndPlansAroundThem() {
        ExpertSchedule problem = ScheduleFixtures.weekProblem();
        Visit pinned = problem.getVisits().get(0);
        pinned.setExpert(expert("aoki"));
        pinned.setSlot(new TimeSlot(at(MONDAY, 9, 0)));
        pinned.setPinned(true);

        ExpertSchedule schedule = new GreedyScheduler().schedule(problem);

        assertThat(pinned.start()).isEqualTo(at(MONDAY, 9, 0));
        assertThat(scoring.update(schedule).hardScore()).isZero();
    }

    @Test
    void theSolversStartLeavesTheVersatileExpertForWhatOnlyTheyCanDo() {
        Expert ito = expert("ito");
        Expert mori = new Expert("mori", "森 Mori", Set.of("data-utilization"), town("Matsuyama").office(), 4);
        Availability itoMonday = available(ito, at(MONDAY, 9, 0), at(MONDAY, 11, 0));
        Availability moriMonday = available(mori, at(MONDAY, 9, 0), at(MONDAY, 11, 0));
        List<Availability> availability = List.of(itoMonday, moriMonday);

        ExpertSchedule baseline = new GreedyScheduler().schedule(dataThenSecurity(List.of(ito, mori), availability));
        ExpertSchedule start = GreedyScheduler.sparingVersatileExperts()
                .schedule(dataThenSecurity(List.of(ito, mori), availability));

        assertThat(baseline.getVisits()).filteredOn(Visit::isAssigned).extracting(Visit::getId)
                .as("first come: ito takes the data request, the security one finds nobody").containsExactly("data");
        assertThat(start.getVisits()).filteredOn(Visit::isAssigned)
                .extracting(visit -> visit.getId() + "→" + visit.getExpert().id())
                .containsExactlyInAnyOrder("data→mori", "security→ito");
    }

    @Test
    void theSolversStartSendsTheNearestOfEquallyAbleExperts() {
        Expert matsuyama = new Expert("m", "Matsuyama office", Set.of("design-ux"), town("Matsuyama").office(), 4);
        Expert uwajima = new Expert("u", "Uwajima office", Set.of("design-ux"), town("Uwajima").office(), 4);
        List<Availability> monday = List.of(available(matsuyama, at(MONDAY, 9, 0), at(MONDAY, 17, 0)),
                available(uwajima, at(MONDAY, 9, 0), at(MONDAY, 17, 0)));
        Visit ainan = new Visit(request("r1", "Ainan").build());
        ExpertSchedule problem = new ExpertSchedule(List.of(matsuyama, uwajima),
                TimeSlot.grid(monday, Duration.ofMinutes(30)), monday, List.of(), List.of(), List.of(), List.of(),
                PARAMETERS, List.of(ainan));

        GreedyScheduler.sparingVersatileExperts().schedule(problem);

        assertThat(ainan.getExpert()).isEqualTo(uwajima);
        assertThat(ainan.start()).isEqualTo(at(MONDAY, 9, 0));
    }

    private static ExpertSchedule dataThenSecurity(List<Expert> experts, List<Availability> availability) {
        Visit data = new Visit(request("data", "Saijo").specialty("data-utilization")
                .submitted(PLANNING_DATE.minusDays(2)).build());
        Visit security = new Visit(request("security", "Uwajima").specialty("systems-security").build());
        return new ExpertSchedule(experts, TimeSlot.grid(availability, Duration.ofMinutes(30)), availability,
                List.of(), List.of(), List.of(), List.of(), PARAMETERS, List.of(data, security));
    }
}

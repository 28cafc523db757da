package jp.lg.platform.experts;

import static jp.lg.platform.experts.ScheduleRows.MONDAY;
import static jp.lg.platform.experts.ScheduleRows.SAIJO;
import static jp.lg.platform.experts.ScheduleRows.TENANTS;
import static jp.lg.platform.experts.ScheduleRows.UWAJIMA;
import static jp.lg.platform.experts.ScheduleRows.expert;
import static jp.lg.platform.experts.ScheduleRows.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.experts.scheduling.CapUsage;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.PreviousExpert;
import jp.lg.platform.experts.scheduling.TimeWindow;
import jp.lg.platform.experts.scheduling.TravelTime;
import jp.lg.platform.experts.scheduling.Visit;
import org.junit.jupiter.api.Test;

class ScheduleProblemTest {

    private static final DispatchCatalogue CATALOGUE = DispatchCatalogue.load(Optional.empty());
    private static final Expert DESIGNER = expert("design-ux", MONDAY.plusWeeks(1));

    @Test
    void plansOnlyTriagedRequestsWithTheTownsOfficeUrgencyAndPreferredWindowInTokyoTime() {
        ExpertRequest triaged = request(SAIJO, 2, "design-ux", "team-ehime", RequestStatus.TRIAGED, Optional.empty());
        ExpertSchedule problem = build(List.of(
                request(SAIJO, 1, "design-ux", "team-ehime", RequestStatus.SUBMITTED, Optional.empty()), triaged),
                List.of());

        assertThat(problem.getVisits()).extracting(Visit::getId).containsExactly(triaged.id().toString());
        Visit visit = problem.getVisits().get(0);
        assertThat(visit.isAssigned()).isFalse();
        assertThat(visit.town().lgCode()).isEqualTo("382060");
        assertThat(visit.town().office().lat()).isEqualTo(33.9196);
        assertThat(visit.getRequest().urgency()).isEqualTo(3);
        assertThat(visit.getRequest().askedThisFiscalYear()).isEqualTo(2);
        assertThat(visit.getRequest().preferredWindows()).containsExactly(
                new TimeWindow(MONDAY.atTime(10, 0), MONDAY.atTime(16, 0)));
    }

    @Test
    void availabilityIsTheWeeklyPatternOverTheHorizonMinusAbsencesOnAThirtyMinuteGrid() {
        ExpertSchedule problem = build(List.of(), List.of());

        assertThat(problem.getAvailabilities()).extracting(a -> a.window().start())
                .containsExactly(MONDAY.atTime(9, 0), MONDAY.plusWeeks(2).atTime(9, 0));
        assertThat(problem.getTimeSlots()).hasSize(2 * 16);
        assertThat(problem.getExperts().get(0).home().lat()).isEqualTo(33.8417);
    }

    @Test
    void otherDispatchesCountAgainstCapsAndGiveTheTownsPreviousExpert() {
        ExpertRequest done = request(UWAJIMA, 1, "design-ux", "mic-informatization", RequestStatus.COMPLETED,
                Optional.of(DESIGNER.id()));
        ExpertSchedule problem = build(List.of(done,
                request(UWAJIMA, 2, "design-ux", "mic-informatization", RequestStatus.PROPOSED, Optional.empty()),
                request(UWAJIMA, 3, "design-ux", "mic-informatization", RequestStatus.TRIAGED, Optional.empty())),
                List.of());

        assertThat(problem.getCapUsages()).containsExactly(
                new CapUsage("382035", "mic-informatization", FiscalYear.of(2030), 2));
        assertThat(problem.getPreviousExperts()).containsExactly(new PreviousExpert("382035", DESIGNER.id().toString()));
        assertThat(problem.getProgrammeCaps()).extracting(c -> c.programme() + "=" + c.maxPerTownPerFiscalYear())
                .containsExactly("mic-informatization=3", "mic-management=5");
        assertThat(problem.getCombinedCaps()).singleElement()
                .satisfies(cap -> assertThat(cap.maxPerTownPerFiscalYear()).isEqualTo(8));
    }

    @Test
    void aPinnedProposedRequestIsPlannedAgainWithItsExpertAndStartFixed() {
        ExpertRequest proposed = request(SAIJO, 1, "design-ux", "team-ehime", RequestStatus.PROPOSED, Optional.empty());
        LocalDateTime start = MONDAY.atTime(13, 15);

        ExpertSchedule problem = build(List.of(proposed), List.of(new SchedulePin(proposed.id(), DESIGNER.id(), start)));

        Visit visit = problem.getVisits().get(0);
        assertThat(visit.isPinned()).isTrue();
        assertThat(visit.getExpert().id()).isEqualTo(DESIGNER.id().toString());
        assertThat(visit.start()).isEqualTo(start);
        assertThat(problem.getTimeSlots()).contains(visit.getSlot());
        assertThat(problem.getCapUsages()).isEmpty();
    }

    @Test
    void aPinOfAnExpertNoLongerInTheCollaborationIsDroppedAndTheRequestPlannedAfresh() {
        ExpertRequest triaged = request(SAIJO, 1, "design-ux", "team-ehime", RequestStatus.TRIAGED, Optional.empty());

        ExpertSchedule problem = build(List.of(triaged),
                List.of(new SchedulePin(triaged.id(), java.util.UUID.randomUUID(), MONDAY.atTime(13, 0))));

        assertThat(problem.getVisits()).singleElement().satisfies(visit -> {
            assertThat(visit.isPinned()).isFalse();
            assertThat(visit.isAssigned()).isFalse();
        });
    }

    private static ExpertSchedule build(List<ExpertRequest> live, List<SchedulePin> pins) {
        LocalDate to = MONDAY.plusWeeks(2).plusDays(4);
        return ScheduleProblem.build(new ScheduleFacts(MONDAY, to, MONDAY.minusDays(30), live, List.of(DESIGNER),
                TENANTS, pins), CATALOGUE, TravelTime.EHIME_DEFAULT);
    }
}

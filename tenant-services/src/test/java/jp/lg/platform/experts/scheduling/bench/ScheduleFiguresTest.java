package jp.lg.platform.experts.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import jp.lg.platform.experts.scheduling.Expert;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.Office;
import jp.lg.platform.experts.scheduling.PlanningParameters;
import jp.lg.platform.experts.scheduling.TimeSlot;
import jp.lg.platform.experts.scheduling.Town;
import jp.lg.platform.experts.scheduling.TravelTime;
import jp.lg.platform.experts.scheduling.Visit;
import jp.lg.platform.experts.scheduling.VisitMode;
import jp.lg.platform.experts.scheduling.VisitRequest;
import org.junit.jupiter.api.Test;

/** Two towns by hand: one asked twice and got one on-site visit, the other asked once and got it online. */
class ScheduleFiguresTest {

    private static final Office HOME = new Office(0, 0);
    private static final Town NORTH = new Town("000001", "North", new Office(1, 0), 1000);
    private static final Town SOUTH = new Town("000002", "South", new Office(-1, 0), 1000);
    private static final Expert EXPERT = new Expert("e1", "Expert", Set.of("design-ux"), HOME, 5);
    private static final TimeSlot MONDAY = new TimeSlot(LocalDateTime.of(2026, 6, 1, 9, 0));
    private static final TimeSlot TUESDAY = new TimeSlot(LocalDateTime.of(2026, 6, 2, 9, 0));

    @Test
    void countsShareTravelAndGiniOfServedOverAsked() {
        ExpertSchedule schedule = schedule(List.of(
                new Visit(request("n1", NORTH, VisitMode.ON_SITE), EXPERT, MONDAY, false),
                new Visit(request("n2", NORTH, VisitMode.ON_SITE)),
                new Visit(request("s1", SOUTH, VisitMode.ONLINE), EXPERT, TUESDAY, false)));

        ScheduleFigures figures = ScheduleFigures.of(schedule);

        assertThat(figures.requests()).isEqualTo(3);
        assertThat(figures.assigned()).isEqualTo(2);
        assertThat(figures.assignedShare()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(figures.travelKm()).as("one degree of latitude there and back, online costs nothing").isEqualTo(222);
        assertThat(figures.gini()).as("served shares 0.5 and 1.0").isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void anEmptyPlanHasNothingToCompare() {
        ScheduleFigures figures = ScheduleFigures.of(schedule(List.of()));

        assertThat(figures.assignedShare()).isZero();
        assertThat(figures.gini()).isZero();
    }

    private static VisitRequest request(String id, Town town, VisitMode mode) {
        return new VisitRequest(id, town, "design-ux", "team-ehime", mode, 60, List.of(), 1, LocalDate.of(2026, 3, 1), 1);
    }

    private static ExpertSchedule schedule(List<Visit> visits) {
        return new ExpertSchedule(List.of(EXPERT), List.of(MONDAY, TUESDAY), List.of(), List.of(), List.of(), List.of(),
                List.of(), new PlanningParameters(new TravelTime(1.0, 40), LocalDate.of(2026, 3, 23)), visits);
    }
}

package jp.lg.platform.experts.scheduling;

import static jp.lg.platform.experts.scheduling.ScheduleFixtures.expert;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.request;
import static jp.lg.platform.experts.scheduling.ScheduleFixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.lg.platform.core.time.FiscalYear;
import org.junit.jupiter.api.Test;

/** Programme caps and combined caps count per town per fiscal year (年度, 1 April – 31 March). */
class FiscalYearCapsTest {

    private static final String SAIJO = "382060";
    private static final ProgrammeCap INFORMATIZATION = new ProgrammeCap("mic-informatization", 3);
    private static final LocalDateTime MARCH_31 = LocalDate.of(2027, 3, 31).atTime(16, 0);
    private static final LocalDateTime APRIL_1 = LocalDate.of(2027, 4, 1).atTime(9, 0);

    private final ConstraintVerifier<ExpertScheduleConstraints, ExpertSchedule> verifier =
            ConstraintVerifier.build(new ExpertScheduleConstraints(), ExpertSchedule.class, Visit.class);
    private final Expert aoki = expert("aoki");

    @Test
    void placesAVisitByItsStartInTokyo() {
        Visit lastDay = visit(request("r1", "Saijo").build(), aoki, MARCH_31);
        Visit firstDay = visit(request("r2", "Saijo").build(), aoki, APRIL_1);

        assertThat(lastDay.fiscalYear()).isEqualTo(FiscalYear.of(2026));
        assertThat(firstDay.fiscalYear()).isEqualTo(FiscalYear.of(2027));
    }

    @Test
    void penalizesAFourthInformatizationVisitOn31March() {
        List<Object> facts = threeInformatizationVisitsOfSaijo();
        facts.add(visit(informatization("r4", "Saijo"), aoki, MARCH_31));

        verifier.verifyThat(ExpertScheduleConstraints::programmeCap).given(facts.toArray()).penalizesBy(1);
    }

    @Test
    void allowsTheFourthOn1AprilWhenTheCapResets() {
        List<Object> facts = threeInformatizationVisitsOfSaijo();
        facts.add(visit(informatization("r4", "Saijo"), aoki, APRIL_1));

        verifier.verifyThat(ExpertScheduleConstraints::programmeCap).given(facts.toArray()).penalizesBy(0);
    }

    @Test
    void countsEachTownSeparately() {
        List<Object> facts = threeInformatizationVisitsOfSaijo();
        facts.add(visit(informatization("r4", "Uwajima"), aoki, MARCH_31));

        verifier.verifyThat(ExpertScheduleConstraints::programmeCap).given(facts.toArray()).penalizesBy(0);
    }

    @Test
    void penalizesVisitsBeyondACapSpanningProgrammes() {
        CombinedCap nationalAdvisors = new CombinedCap("national-advisors", Set.of("mic-management", "mic-informatization"), 4);
        List<Object> facts = new ArrayList<>(List.of(nationalAdvisors));
        for (int i = 0; i < 3; i++) {
            facts.add(visit(request("m" + i, "Saijo").programme("mic-management").build(), aoki, MARCH_31.minusDays(i)));
            facts.add(visit(informatization("i" + i, "Saijo"), aoki, MARCH_31.minusDays(10 + i)));
        }
        facts.add(visit(request("t1", "Saijo").programme("team-ehime").build(), aoki, MARCH_31.minusDays(20)));

        verifier.verifyThat(ExpertScheduleConstraints::combinedCap).given(facts.toArray()).penalizesBy(6 - 4);
    }

    @Test
    void startsTheCombinedCapAfreshOn1April() {
        CombinedCap nationalAdvisors = new CombinedCap("national-advisors", Set.of("mic-management", "mic-informatization"), 1);

        verifier.verifyThat(ExpertScheduleConstraints::combinedCap)
                .given(nationalAdvisors,
                        visit(request("m1", "Saijo").programme("mic-management").build(), aoki, MARCH_31),
                        visit(informatization("i1", "Saijo"), aoki, APRIL_1))
                .penalizesBy(0);
    }

    @Test
    void countsDispatchesAlreadyUsedThisFiscalYear() {
        verifier.verifyThat(ExpertScheduleConstraints::programmeCap)
                .given(INFORMATIZATION,
                        new CapUsage(SAIJO, "mic-informatization", FiscalYear.of(2026), 2),
                        new CapUsage(SAIJO, "mic-informatization", FiscalYear.of(2025), 3),
                        visit(informatization("r1", "Saijo"), aoki, MARCH_31.minusDays(1)),
                        visit(informatization("r2", "Saijo"), aoki, MARCH_31))
                .penalizesBy(1);
    }

    @Test
    void blamesThePlanOnlyForItsOwnVisitsBeyondTheCap() {
        verifier.verifyThat(ExpertScheduleConstraints::programmeCap)
                .given(INFORMATIZATION, new CapUsage(SAIJO, "mic-informatization", FiscalYear.of(2026), 5),
                        visit(informatization("r1", "Saijo"), aoki, MARCH_31))
                .penalizesBy(1);
    }

    @Test
    void countsEarlierDispatchesOfAnyProgrammeInTheCombinedCap() {
        CombinedCap nationalAdvisors = new CombinedCap("national-advisors", Set.of("mic-management", "mic-informatization"), 8);

        verifier.verifyThat(ExpertScheduleConstraints::combinedCap)
                .given(nationalAdvisors, new CapUsage(SAIJO, "mic-management", FiscalYear.of(2026), 7),
                        new CapUsage(SAIJO, "team-ehime", FiscalYear.of(2026), 9),
                        visit(informatization("r1", "Saijo"), aoki, MARCH_31.minusDays(1)),
                        visit(informatization("r2", "Saijo"), aoki, MARCH_31))
                .penalizesBy(1);
    }

    private List<Object> threeInformatizationVisitsOfSaijo() {
        List<Object> facts = new ArrayList<>(List.of(INFORMATIZATION));
        for (int i = 1; i <= 3; i++) {
            facts.add(visit(informatization("r" + (i - 1) + "x", "Saijo"), aoki, LocalDate.of(2026, 4 + i, 1).atTime(9, 0)));
        }
        return facts;
    }

    private static VisitRequest informatization(String id, String town) {
        return request(id, town).programme("mic-informatization").build();
    }
}

package jp.lg.platform.experts.scheduling.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import jp.lg.platform.experts.scheduling.Availability;
import jp.lg.platform.experts.scheduling.Expert;
import jp.lg.platform.experts.scheduling.TimeWindow;

/**
 * Generated experts and their availability: a primary specialty in turn (so every specialty is
 * covered), half of them a second one; a weekly limit and a pattern of 1–2 fixed weekdays, every week
 * or every other week, as the size's {@link ProblemSize.ExpertSupply} says, 09:00–17:00, minus about one week of leave a quarter and 年末年始 (29 Dec – 3 Jan).
 * Public holidays are not modelled (no holiday library on the classpath).
 */
final class ExpertPool {

    private static final MonthDay YEAR_END_FROM = MonthDay.of(12, 29);
    private static final MonthDay YEAR_END_TO = MonthDay.of(1, 3);

    private ExpertPool() {
    }

    static List<Expert> experts(ProblemSize size, List<String> specialties, Random random) {
        List<Expert> experts = new ArrayList<>();
        for (int i = 0; i < size.experts(); i++) {
            Set<String> covers = new LinkedHashSet<>();
            covers.add(specialties.get(i % specialties.size()));
            if (random.nextBoolean()) {
                covers.add(specialties.get(random.nextInt(specialties.size())));
            }
            experts.add(new Expert(String.format("e%03d", i + 1), "Expert " + (i + 1), covers,
                    size.expertHomes().get(i % size.expertHomes().size()), weeklyLimit(size.supply(), random)));
        }
        return experts;
    }

    static List<Availability> availabilities(List<Expert> experts, ProblemSize size, Random random) {
        List<Availability> windows = new ArrayList<>();
        long weeks = ChronoUnit.WEEKS.between(size.from(), size.to()) + 1;
        for (Expert expert : experts) {
            Set<DayOfWeek> pattern = new HashSet<>();
            int days = 1 + random.nextInt(2);
            while (pattern.size() < days) {
                pattern.add(DayOfWeek.of(1 + random.nextInt(5)));
            }
            int everyNthWeek = random.nextDouble() < size.supply().fortnightlyShare() ? 2 : 1;
            Set<Long> leaveWeeks = new HashSet<>();
            for (int i = 0; i < Math.max(1, weeks / 13); i++) {
                leaveWeeks.add((long) random.nextInt((int) weeks));
            }
            for (LocalDate day = size.from(); !day.isAfter(size.to()); day = day.plusDays(1)) {
                long week = ChronoUnit.WEEKS.between(size.from(), day);
                if (pattern.contains(day.getDayOfWeek()) && week % everyNthWeek == 0 && !yearEnd(day)
                        && !leaveWeeks.contains(week)) {
                    windows.add(new Availability(expert, new TimeWindow(day.atTime(9, 0), day.atTime(17, 0))));
                }
            }
        }
        return windows;
    }

    private static int weeklyLimit(ProblemSize.ExpertSupply supply, Random random) {
        return supply.minWeeklyLimit() + random.nextInt(supply.maxWeeklyLimit() - supply.minWeeklyLimit() + 1);
    }

    private static boolean yearEnd(LocalDate day) {
        MonthDay date = MonthDay.from(day);
        return !date.isBefore(YEAR_END_FROM) || !date.isAfter(YEAR_END_TO);
    }
}

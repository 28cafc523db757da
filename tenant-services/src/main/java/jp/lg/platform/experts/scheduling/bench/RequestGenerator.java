package jp.lg.platform.experts.scheduling.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.lg.platform.experts.scheduling.CombinedCap;
import jp.lg.platform.experts.scheduling.ProgrammeCap;
import jp.lg.platform.experts.scheduling.TimeWindow;
import jp.lg.platform.experts.scheduling.Town;
import jp.lg.platform.experts.scheduling.VisitMode;
import jp.lg.platform.experts.scheduling.VisitRequest;

/**
 * Generated requests (依頼): the asking town drawn with weight √population (big towns ask more,
 * small ones still ask), specialty by a fixed demand mix, programme by the size's mix but never
 * beyond a town's programme or combined cap (the API refuses those with 409; such a draw falls back
 * to the uncapped programme), 35 % online, 60–120 minutes, 85 % with one or two preferred windows of
 * 1–4 weeks, urgency 1–3, submitted in the 12 weeks before planning. Not thread-safe.
 */
final class RequestGenerator {

    private static final double[] SPECIALTY_DEMAND = {0.30, 0.20, 0.25, 0.15, 0.10};
    private static final int[] DURATIONS = {60, 90, 120};

    private final ProblemSize size;
    private final ReferenceData data;
    private final Random random;
    private final Map<String, Integer> capCounts = new HashMap<>();

    RequestGenerator(ProblemSize size, ReferenceData data, Random random) {
        this.size = size;
        this.data = data;
        this.random = random;
    }

    List<VisitRequest> requests() {
        WeightedChoice<Town> towns = new WeightedChoice<>(size.towns(), town -> Math.sqrt(town.population()));
        WeightedChoice<String> specialties = new WeightedChoice<>(data.specialties(),
                s -> SPECIALTY_DEMAND[data.specialties().indexOf(s) % SPECIALTY_DEMAND.length]);
        WeightedChoice<String> programmes = new WeightedChoice<>(
                data.programmes().stream().filter(size.programmeMix()::containsKey).toList(), size.programmeMix()::get);
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < size.requests(); i++) {
            Town town = towns.pick(random);
            drafts.add(new Draft(String.format("r%05d", i + 1), town, specialties.pick(random),
                    withinCaps(town, programmes.pick(random))));
        }
        Map<Town, Long> asked = drafts.stream().collect(Collectors.groupingBy(Draft::town, Collectors.counting()));
        return drafts.stream().map(d -> build(d, Math.toIntExact(asked.get(d.town())))).toList();
    }

    private record Draft(String id, Town town, String specialty, String programme) {
    }

    private VisitRequest build(Draft draft, int asked) {
        VisitMode mode = random.nextDouble() < 0.35 ? VisitMode.ONLINE : VisitMode.ON_SITE;
        int duration = DURATIONS[random.nextInt(DURATIONS.length)];
        int urgency = random.nextDouble() < 0.5 ? 1 : random.nextDouble() < 0.7 ? 2 : 3;
        LocalDate submitted = size.planningDate().minusDays(random.nextInt(84));
        return new VisitRequest(draft.id(), draft.town(), draft.specialty(), draft.programme(), mode, duration,
                preferredWindows(), urgency, submitted, asked);
    }

    private List<TimeWindow> preferredWindows() {
        if (random.nextDouble() < 0.15) {
            return List.of();
        }
        List<TimeWindow> windows = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(size.from(), size.to());
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            LocalDate start = size.from().plusDays(random.nextInt((int) Math.max(1, days - 14)))
                    .with(DayOfWeek.MONDAY);
            LocalDate end = start.plusWeeks(1 + random.nextInt(4)).minusDays(3);
            windows.add(new TimeWindow(start.atTime(9, 0), end.atTime(17, 0)));
        }
        return windows;
    }

    /** The drawn programme, or the uncapped one if the town already asked as often as a cap allows. */
    private String withinCaps(Town town, String programme) {
        int programmeMax = data.programmeCaps().stream().filter(c -> c.programme().equals(programme))
                .mapToInt(ProgrammeCap::maxPerTownPerFiscalYear).min().orElse(Integer.MAX_VALUE);
        List<CombinedCap> combined = data.combinedCaps().stream().filter(c -> c.counts(programme)).toList();
        boolean fits = count(programme, town) < programmeMax
                && combined.stream().allMatch(c -> count(c.group(), town) < c.maxPerTownPerFiscalYear());
        if (!fits) {
            return data.uncappedProgramme().orElseThrow(() -> new IllegalStateException("no uncapped programme"));
        }
        capCounts.merge(programme + "/" + town.lgCode(), 1, Integer::sum);
        combined.forEach(c -> capCounts.merge(c.group() + "/" + town.lgCode(), 1, Integer::sum));
        return programme;
    }

    private int count(String cap, Town town) {
        return capCounts.getOrDefault(cap + "/" + town.lgCode(), 0);
    }

    /** Picks items with probability proportional to a weight. */
    private static final class WeightedChoice<T> {
        private final List<T> items;
        private final double[] cumulative;

        WeightedChoice(List<T> items, Function<T, Double> weight) {
            this.items = List.copyOf(items);
            this.cumulative = new double[items.size()];
            double total = 0;
            for (int i = 0; i < items.size(); i++) {
                total += weight.apply(items.get(i));
                cumulative[i] = total;
            }
        }

        T pick(Random random) {
            double r = random.nextDouble() * cumulative[cumulative.length - 1];
            // The first cumulative weight above r; a national draw searches 1,741 towns.
            int index = Arrays.binarySearch(cumulative, r);
            int first = index >= 0 ? index + 1 : -index - 1;
            return items.get(Math.min(first, items.size() - 1));
        }
    }
}

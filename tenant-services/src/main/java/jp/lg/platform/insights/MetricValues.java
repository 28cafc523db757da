package jp.lg.platform.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.lg.platform.core.tenancy.Tenant;

/**
 * Turns figures per town and period into the rows an analyst sees: grouped (by town, named or
 * pseudonymised; by population band; by prefecture), raw or per 10,000 residents, with the scope's total
 * per period, and small counts suppressed, complementary suppression included.
 *
 * <p>A town shown under a pseudonym keeps its population to itself: it carries a population range shared with
 * at least {@value Suppression#THRESHOLD} pseudonymised towns of the same answer instead
 * ({@link PopulationBand#ranges}), and only its raw values: a per-10,000 value beside the raw one (in this or
 * another answer) would give its population, raw ÷ per-10,000, and with it its name.
 */
final class MetricValues {

    private MetricValues() {}

    /**
     * A group of towns under one label; {@code population} is used for per-capita values, shown only when named;
     * {@code band} is the population band or range the group is shown with.
     */
    record Group(String key, String name, String nameEn, boolean named, long population, List<String> towns,
            String band) {}

    static List<Group> groups(ValuesQuery query, List<String> towns, MetricAudience audience,
            Map<String, String> pseudonyms) {
        Map<String, Tenant> tenants = audience.tenants();
        Map<String, PopulationBand.Range> ranges = ranges(towns, audience);
        return switch (query.groupBy()) {
            case "populationBand" -> bands(towns, tenants, ranges);
            case "prefecture" -> prefectures(towns, tenants);
            default -> towns.stream().map(code -> {
                Tenant t = tenants.get(code);
                return audience.named(code)
                        ? new Group(code, t.nameJa(), t.nameEn(), true, t.population(), List.of(code),
                                PopulationBand.of(t.population()).code())
                        : new Group(pseudonyms.get(code), null, null, false, t.population(), List.of(code),
                                ranges.get(code).code());
            }).sorted(Comparator.comparing((Group g) -> !g.named()).thenComparing(Group::key)).toList();
        };
    }

    /** Each town's population range among {@code towns}, safe for the towns the caller does not see by name. */
    static Map<String, PopulationBand.Range> ranges(List<String> towns, MetricAudience audience) {
        Map<String, Long> populations = new HashMap<>();
        towns.forEach(code -> populations.put(code, audience.tenants().get(code).population()));
        return PopulationBand.ranges(populations,
                towns.stream().filter(code -> !audience.named(code)).collect(Collectors.toSet()));
    }

    /** {@code withheld}: pseudonymised towns too few to hide ({@link Suppression#tooFewToHide}). */
    static MetricValuesView view(Metric metric, ValuesQuery query, List<Group> groups,
            Map<String, Map<String, Figure>> figures, long scopePopulation, Set<String> withheld) {
        List<MetricValuesView.Row> rows = new ArrayList<>();
        List<MetricValuesView.Row> totals = new ArrayList<>();
        for (String period : query.periods()) {
            List<Figure> parts = groups.stream().map(g -> sum(g.towns(), period, figures)).toList();
            Figure total = parts.stream().reduce(Figure.NONE, Figure::plus);
            boolean[] hide = Suppression.hidden(parts.stream().map(f -> f.observations(metric.kind())).toList(),
                    total.observations(metric.kind()));
            for (int i = 0; i < groups.size(); i++) {
                hide[i] |= groups.get(i).towns().stream().anyMatch(withheld::contains);
            }
            hide[groups.size()] |= !withheld.isEmpty();
            for (int i = 0; i < groups.size(); i++) {
                Group g = groups.get(i);
                rows.add(row(metric, query, period, g.key(), g.name(), g.nameEn(), g.named(),
                        g.named() ? g.population() : null, g.population(), g.band(), parts.get(i), hide[i]));
            }
            totals.add(row(metric, query, period, "total", "合計", "Total", true, scopePopulation, scopePopulation,
                    null, total, hide[groups.size()]));
        }
        return new MetricValuesView(metric.id(), metric.unitJa(), query.scope(), query.code(), query.groupBy(),
                query.per10000() ? "per10000" : "raw", query.from(), query.to(), Suppression.THRESHOLD, rows, totals);
    }

    /** One value; a pseudonymised town's per-10,000 value is withheld ({@link Suppression#PSEUDONYMISED}). */
    static MetricValuesView.Row row(Metric metric, ValuesQuery query, String period, String key, String name,
            String nameEn, boolean named, Long shownPopulation, long population, String band, Figure figure,
            boolean hidden) {
        if (hidden) {
            return new MetricValuesView.Row(period, key, name, nameEn, named, shownPopulation, band, null,
                    Suppression.LABEL);
        }
        if (!named && (query.per10000() || metric.id().equals(DatasetMetrics.POPULATION_METRIC))) {
            return new MetricValuesView.Row(period, key, name, nameEn, false, null, band, null,
                    Suppression.PSEUDONYMISED);
        }
        BigDecimal value = figure.value(metric.kind());
        if (value != null && query.per10000()) {
            value = population == 0 ? null
                    : value.multiply(BigDecimal.valueOf(10_000)).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
        }
        return new MetricValuesView.Row(period, key, name, nameEn, named, shownPopulation, band, value, null);
    }

    static Figure sum(List<String> towns, String period, Map<String, Map<String, Figure>> figures) {
        Figure sum = Figure.NONE;
        for (String town : towns) {
            sum = sum.plus(figures.getOrDefault(town, Map.of()).getOrDefault(period, Figure.NONE));
        }
        return sum;
    }

    private static List<Group> bands(List<String> towns, Map<String, Tenant> tenants,
            Map<String, PopulationBand.Range> ranges) {
        Map<PopulationBand.Range, List<String>> byRange = new TreeMap<>(Comparator.comparing(PopulationBand.Range::first));
        towns.forEach(code -> byRange.computeIfAbsent(ranges.get(code), r -> new ArrayList<>()).add(code));
        return byRange.entrySet().stream().map(e -> new Group(e.getKey().code(), e.getKey().nameJa(), e.getKey().code(),
                true, population(e.getValue(), tenants), e.getValue(), e.getKey().code())).toList();
    }

    private static List<Group> prefectures(List<String> towns, Map<String, Tenant> tenants) {
        Map<String, List<String>> byPrefecture = new LinkedHashMap<>();
        towns.stream().sorted().forEach(code -> byPrefecture.computeIfAbsent(
                tenants.get(code).parentCode().map(p -> p.value()).orElse(code), p -> new ArrayList<>()).add(code));
        return byPrefecture.entrySet().stream().map(e -> {
            Tenant p = tenants.get(e.getKey());
            return new Group(e.getKey(), p.nameJa(), p.nameEn(), true, population(e.getValue(), tenants), e.getValue(),
                    null);
        }).toList();
    }

    static long population(List<String> towns, Map<String, Tenant> tenants) {
        return towns.stream().mapToLong(code -> tenants.get(code).population()).sum();
    }
}

package jp.lg.platform.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arithmetic of results: a value per 1,000 residents is value × 1,000 ÷ population; a band's
 * total sums its towns, its mean divides by the number of towns and its per-1,000 figure divides the
 * total by the band's population. Derived figures are rounded half up to {@value #SCALE} places. Pure.
 */
final class SurveyResults {

    static final int PER_RESIDENTS = 1_000;
    static final int SCALE = 2;
    private static final BigDecimal PER = BigDecimal.valueOf(PER_RESIDENTS);

    private SurveyResults() {}

    /** A member town with its population and band, and its answers if it has submitted. */
    record Town(String code, String nameJa, String nameEn, long population, PopulationBand band,
            Optional<Submitted> answers) {}

    record Submitted(Answers answers, Instant submittedAt) {}

    static ResultsView of(Survey survey, List<Town> members) {
        SurveyDefinition d = survey.definition();
        List<Town> submitted = members.stream().filter(t -> t.answers().isPresent())
                .sorted(Comparator.comparing(Town::code)).toList();
        List<ResultsView.TownResult> towns = submitted.stream().map(t -> town(d, t)).toList();
        Map<PopulationBand, List<Town>> byBand = new EnumMap<>(PopulationBand.class);
        submitted.forEach(t -> byBand.computeIfAbsent(t.band(), b -> new ArrayList<>()).add(t));
        List<ResultsView.BandResult> bands = byBand.entrySet().stream().map(e -> band(d, e.getKey(), e.getValue())).toList();
        List<String> missing = members.stream().filter(t -> t.answers().isEmpty()).map(Town::code).sorted().toList();
        return new ResultsView(survey.id(), survey.titleJa(), survey.titleEn(), submitted.size(), members.size(),
                PER_RESIDENTS, "人口千人あたり = 値 × 1,000 ÷ 人口（住民基本台帳人口、割合の測定項目は除く）",
                "perThousand = value × 1,000 ÷ population (the directory's resident count; not for percentages)",
                d.items(), d.measures(), towns, missing, bands);
    }

    private static ResultsView.TownResult town(SurveyDefinition d, Town t) {
        Answers answers = t.answers().orElseThrow().answers();
        List<ResultsView.Value> values = new ArrayList<>();
        for (SurveyItem item : d.items()) {
            for (Measure m : d.measures()) {
                BigDecimal value = answers.value(item.code(), m.code()).orElseThrow();
                values.add(new ResultsView.Value(item.code(), m.code(), value,
                        m.kind() == MeasureKind.PERCENT ? null : perThousand(value, t.population())));
            }
        }
        return new ResultsView.TownResult(t.code(), t.nameJa(), t.nameEn(), t.population(), t.band().number(),
                t.answers().orElseThrow().submittedAt(), values);
    }

    private static ResultsView.BandResult band(SurveyDefinition d, PopulationBand band, List<Town> towns) {
        long population = towns.stream().mapToLong(Town::population).sum();
        BigDecimal count = BigDecimal.valueOf(towns.size());
        List<ResultsView.BandValue> values = new ArrayList<>();
        for (SurveyItem item : d.items()) {
            for (Measure m : d.measures()) {
                BigDecimal total = towns.stream()
                        .map(t -> t.answers().orElseThrow().answers().value(item.code(), m.code()).orElseThrow())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal mean = total.divide(count, SCALE, RoundingMode.HALF_UP);
                boolean share = m.kind() == MeasureKind.PERCENT;
                values.add(new ResultsView.BandValue(item.code(), m.code(), share ? null : total, mean,
                        share ? null : perThousand(total, population)));
            }
        }
        return new ResultsView.BandResult(band.number(), band.labelJa(), band.labelEn(), towns.size(), population, values);
    }

    static BigDecimal perThousand(BigDecimal value, long population) {
        return population <= 0 ? null
                : value.multiply(PER).divide(BigDecimal.valueOf(population), SCALE, RoundingMode.HALF_UP);
    }
}

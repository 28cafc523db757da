package jp.lg.platform.insights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Population bands (人口規模) municipalities are grouped in; lower bound inclusive, upper exclusive. */
enum PopulationBand {
    UNDER_5K("under-5k", "5千人未満", 0, "0", "5k", "0", "5千"),
    FROM_5K("5k-20k", "5千〜2万人", 5_000, "5k", "20k", "5千", "2万"),
    FROM_20K("20k-50k", "2万〜5万人", 20_000, "20k", "50k", "2万", "5万"),
    FROM_50K("50k-100k", "5万〜10万人", 50_000, "50k", "100k", "5万", "10万"),
    FROM_100K("100k-300k", "10万〜30万人", 100_000, "100k", "300k", "10万", "30万"),
    FROM_300K("300k-and-over", "30万人以上", 300_000, "300k", "and-over", "30万", "");

    private final String code;
    private final String nameJa;
    private final long from;
    private final String lower;
    private final String upper;
    private final String lowerJa;
    private final String upperJa;

    PopulationBand(String code, String nameJa, long from, String lower, String upper, String lowerJa, String upperJa) {
        this.code = code;
        this.nameJa = nameJa;
        this.from = from;
        this.lower = lower;
        this.upper = upper;
        this.lowerJa = lowerJa;
        this.upperJa = upperJa;
    }

    static PopulationBand of(long population) {
        PopulationBand band = UNDER_5K;
        for (PopulationBand b : values()) {
            band = population >= b.from ? b : band;
        }
        return band;
    }

    String code() {
        return code;
    }

    String nameJa() {
        return nameJa;
    }

    /** Adjacent bands taken together, e.g. {@code 20k-100k} 「2万〜10万人」. */
    record Range(PopulationBand first, PopulationBand last) {

        String code() {
            if (first == last) {
                return first.code;
            }
            return first == UNDER_5K ? "under-" + last.upper
                    : last == FROM_300K ? first.lower + "-and-over" : first.lower + "-" + last.upper;
        }

        String nameJa() {
            if (first == last) {
                return first.nameJa;
            }
            return first == UNDER_5K ? last.upperJa + "人未満"
                    : last == FROM_300K ? first.lowerJa + "人以上" : first.lowerJa + "〜" + last.upperJa + "人";
        }
    }

    /**
     * The bands of a set of towns, adjacent bands merged so that each range holds none or at least
     * {@link Suppression#THRESHOLD} of the towns the caller does not see by name ({@code unnamed}). A range
     * with one or two such towns would name them: everyone can look up towns' populations, so the only
     * pseudonymised town of a band, or a band's population minus its named towns', gives it away. Town → its
     * range. When all the towns hold only one or two such towns, there is one range.
     */
    static Map<String, Range> ranges(Map<String, Long> populations, Set<String> unnamed) {
        TreeMap<PopulationBand, List<String>> byBand = new TreeMap<>();
        populations.forEach((town, population) -> byBand.computeIfAbsent(of(population), b -> new ArrayList<>()).add(town));
        List<List<PopulationBand>> merged = new ArrayList<>();
        List<PopulationBand> current = new ArrayList<>();
        for (PopulationBand band : byBand.keySet()) {
            current.add(band);
            if (safe(hidden(current, byBand, unnamed))) {
                merged.add(current);
                current = new ArrayList<>();
            }
        }
        while (!current.isEmpty() && !safe(hidden(current, byBand, unnamed)) && !merged.isEmpty()) {
            List<PopulationBand> wider = new ArrayList<>(merged.remove(merged.size() - 1));
            wider.addAll(current);
            current = wider;
        }
        if (!current.isEmpty()) {
            merged.add(current);
        }
        Map<String, Range> ranges = new HashMap<>();
        for (List<PopulationBand> bands : merged) {
            Range range = new Range(bands.get(0), bands.get(bands.size() - 1));
            bands.forEach(b -> byBand.get(b).forEach(town -> ranges.put(town, range)));
        }
        return ranges;
    }

    private static boolean safe(long hidden) {
        return hidden == 0 || hidden >= Suppression.THRESHOLD;
    }

    private static long hidden(List<PopulationBand> bands, Map<PopulationBand, List<String>> byBand, Set<String> unnamed) {
        return bands.stream().flatMap(b -> byBand.get(b).stream()).filter(unnamed::contains).count();
    }
}

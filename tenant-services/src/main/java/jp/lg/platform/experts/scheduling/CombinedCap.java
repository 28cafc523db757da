package jp.lg.platform.experts.scheduling;

import java.util.Set;

/** A cap across several programmes (e.g. national advisors: 8 a year in total per town). */
public record CombinedCap(String group, Set<String> programmes, int maxPerTownPerFiscalYear) {

    public CombinedCap {
        programmes = Set.copyOf(programmes);
    }

    public boolean counts(String programme) {
        return programmes.contains(programme);
    }
}

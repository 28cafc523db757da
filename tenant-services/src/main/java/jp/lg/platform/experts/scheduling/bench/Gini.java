package jp.lg.platform.experts.scheduling.bench;

import java.util.Arrays;

/**
 * The Gini coefficient (ジニ係数) of non-negative values: 0 when all are equal, approaching 1 when one
 * value holds everything. Used as fairness of assigned ÷ asked across towns.
 */
public final class Gini {

    private Gini() {
    }

    /** Mean absolute difference over all ordered pairs ÷ (2 × mean); 0 for no values or all zero. */
    public static double of(double... values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double total = 0;
        double weighted = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (sorted[i] < 0) {
                throw new IllegalArgumentException("Gini needs non-negative values, got " + sorted[i]);
            }
            total += sorted[i];
            weighted += (i + 1) * sorted[i];
        }
        if (total == 0) {
            return 0;
        }
        int n = sorted.length;
        return 2 * weighted / (n * total) - (n + 1.0) / n;
    }
}

package jp.lg.platform.ops.bench;

import java.util.Arrays;

/** Exact percentiles of a set of samples (sorted copy, nearest rank). Empty sets give NaN. */
final class Percentiles {

    private final double[] sorted;

    Percentiles(double[] samples) {
        this.sorted = samples.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The {@code p}-th percentile (0 < p ≤ 100) by the nearest-rank method. */
    double at(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}

package jp.lg.platform.insights;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Small-count suppression (秘匿処理): a value resting on fewer than {@link #THRESHOLD} observations
 * (but more than none) is not shown, only {@code "< 3"}. Complementary suppression protects it in totals:
 * when exactly one part of a shown total is suppressed, the smallest other part resting on observations
 * is suppressed too, or, if there is none, the total.
 */
final class Suppression {

    /** The smallest number of observations a shown value may rest on. */
    static final int THRESHOLD = 3;
    static final String LABEL = "< " + THRESHOLD;
    /**
     * In place of a pseudonymised town's per-10,000 value (匿名: 人口比は非表示): with its raw value it would give
     * the town's population, and so its name.
     */
    static final String PSEUDONYMISED = "匿名";

    private Suppression() {}

    static boolean small(long observations) {
        return observations > 0 && observations < THRESHOLD;
    }

    /**
     * Which parts of a total to hide, given each part's observations; the last element says whether to
     * hide the total, which is {@code total} observations.
     */
    static boolean[] hidden(List<Long> parts, long total) {
        boolean[] hide = new boolean[parts.size() + 1];
        for (int i = 0; i < parts.size(); i++) {
            hide[i] = small(parts.get(i));
        }
        hide[parts.size()] = small(total);
        long hiddenParts = IntStream.range(0, parts.size()).filter(i -> hide[i]).count();
        if (hiddenParts == 1 && !hide[parts.size()]) {
            IntStream.range(0, parts.size()).filter(i -> !hide[i] && parts.get(i) > 0).boxed()
                    .min(Comparator.comparing(parts::get))
                    .ifPresentOrElse(i -> hide[i] = true, () -> hide[parts.size()] = true);
        }
        return hide;
    }
}

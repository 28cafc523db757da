package jp.lg.platform.insights;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Small-count suppression (秘匿処理): a value resting on fewer than {@link #THRESHOLD} observations
 * (but more than none) is not shown, only {@code "< 3"}. Complementary suppression protects it in totals:
 * when exactly one part of a shown total is suppressed, the smallest other part resting on observations
 * is suppressed too, or, if there is none, the total. The values of pseudonymised towns are shown the same
 * way when an answer holds only one or two of them ({@link #tooFewToHide}), and so are the groups and the
 * total that contain them.
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

    /**
     * The towns of an answer whose values must be withheld because they are pseudonymised but fewer than
     * {@link #THRESHOLD} towns of the answer are: anyone can list the towns of a scope, or a town's nearest
     * peers by population, and take away those shown by name. Empty when there are none or enough.
     */
    static Set<String> tooFewToHide(List<String> towns, Predicate<String> named) {
        Set<String> unnamed = new HashSet<>();
        towns.stream().filter(named.negate()).forEach(unnamed::add);
        return unnamed.size() < THRESHOLD ? unnamed : Set.of();
    }

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

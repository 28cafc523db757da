package jp.lg.platform.ops.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Checks, before anything starts, that every port of the local stack is free and that no two
 * options name the same port. Each problem names the port and the option that changes it.
 */
public final class PortCheck {

    private PortCheck() {}

    /** The problems with {@code options}' ports; empty when all is well. */
    public static List<String> problems(LocalStackOptions options, IntPredicate isFree) {
        List<String> problems = new ArrayList<>();
        Map<Integer, String> seen = new HashMap<>();
        options.portsByOption().forEach((option, port) -> {
            String earlier = seen.putIfAbsent(port, option);
            if (earlier != null) {
                problems.add("port " + port + " is used by both " + earlier + " and " + option
                        + "; give one of them another port");
            } else if (!isFree.test(port)) {
                problems.add("port " + port + " is already in use; free it or choose another with "
                        + flagOf(option) + " N");
            }
        });
        return problems;
    }

    private static String flagOf(String option) {
        int space = option.indexOf(' ');
        return space < 0 ? option : option.substring(0, space);
    }
}

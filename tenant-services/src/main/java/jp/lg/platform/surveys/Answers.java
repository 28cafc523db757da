package jp.lg.platform.surveys;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A town's answers: per item code, per measure code, the value; complete and valid once built by a reader. */
record Answers(Map<String, Map<String, BigDecimal>> values) {

    Answers {
        Map<String, Map<String, BigDecimal>> copy = new LinkedHashMap<>();
        values.forEach((item, row) -> copy.put(item, Collections.unmodifiableMap(new LinkedHashMap<>(row))));
        values = Collections.unmodifiableMap(copy);
    }

    Optional<BigDecimal> value(String item, String measure) {
        return Optional.ofNullable(values.get(item)).map(row -> row.get(measure));
    }

    int count() {
        return values.values().stream().mapToInt(Map::size).sum();
    }
}

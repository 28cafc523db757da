package jp.lg.platform.surveys;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.lg.platform.core.web.Problem.FieldError;

/**
 * What a survey definition must satisfy beyond its shape: unique item and measure codes, bounds in
 * order (within 0–100 for a percentage, whole for a count), a deadline still ahead. Pure.
 */
final class SurveyRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SurveyRules() {}

    static List<FieldError> check(SurveyInput input, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (!input.deadline().toInstant().isAfter(now)) {
            errors.add(new FieldError("deadline", "締切が過去です / must be in the future"));
        }
        Set<String> items = new HashSet<>();
        for (int i = 0; i < input.items().size(); i++) {
            if (!items.add(input.items().get(i).code())) {
                errors.add(new FieldError("items[" + i + "].code", "項目コードが重複しています / is used twice"));
            }
        }
        Set<String> measures = new HashSet<>();
        for (int i = 0; i < input.measures().size(); i++) {
            Measure m = input.measures().get(i);
            String path = "measures[" + i + "]";
            if (!measures.add(m.code())) {
                errors.add(new FieldError(path + ".code", "測定項目コードが重複しています / is used twice"));
            }
            if (m.max() != null && m.min().compareTo(m.max()) > 0) {
                errors.add(new FieldError(path + ".max", "下限より小さい値です / is below min"));
            }
            if (m.kind() == MeasureKind.PERCENT && (m.min().signum() < 0 || m.max().compareTo(HUNDRED) > 0)) {
                errors.add(new FieldError(path, "割合は0〜100の範囲です / a percentage lies within 0-100"));
            }
            if (m.kind() == MeasureKind.INTEGER && (!whole(m.min()) || (m.max() != null && !whole(m.max())))) {
                errors.add(new FieldError(path, "整数の測定項目の範囲は整数です / bounds of an INTEGER measure are whole"));
            }
        }
        return errors;
    }

    private static boolean whole(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0;
    }
}

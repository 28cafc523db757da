package jp.lg.platform.surveys;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Whether one value suits its measure: present, a number (text holding one, full-width or with
 * thousands separators, is read as that number), whole for INTEGER, within the bounds. Messages are
 * Japanese / English, without the cell or field, which the caller adds. Pure.
 */
final class AnswerRules {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private AnswerRules() {}

    /** A valid value, or why not. */
    record Outcome(BigDecimal value, String error) {}

    /** {@code raw} is a {@link BigDecimal}, a {@link String}, any other cell value, or null when blank. */
    static Outcome check(Measure m, Object raw) {
        if (raw == null) {
            return new Outcome(null, "値を入力してください / enter a value");
        }
        BigDecimal value = raw instanceof BigDecimal d ? d : raw instanceof String s ? number(s) : null;
        if (value == null) {
            return new Outcome(null, "数値を入力してください / enter a number");
        }
        if (m.kind() == MeasureKind.INTEGER && value.stripTrailingZeros().scale() > 0) {
            return new Outcome(null, "整数を入力してください / enter a whole number");
        }
        if (value.compareTo(m.min()) < 0 || (m.max() != null && value.compareTo(m.max()) > 0)) {
            return new Outcome(null, m.max() == null
                    ? plain(m.min()) + " 以上の値を入力してください / enter " + plain(m.min()) + " or more"
                    : plain(m.min()) + " 以上 " + plain(m.max()) + " 以下の値を入力してください / enter a value from "
                            + plain(m.min()) + " to " + plain(m.max()));
        }
        return new Outcome(value, null);
    }

    private static BigDecimal number(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "").strip();
        return NUMBER.matcher(normalized).matches() ? new BigDecimal(normalized) : null;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

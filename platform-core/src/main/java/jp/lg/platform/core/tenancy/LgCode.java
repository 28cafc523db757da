package jp.lg.platform.core.tenancy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A 全国地方公共団体コード (nationwide local government code): five digits that name a prefecture or
 * municipality followed by a check digit. The check digit is {@code (11 - r) mod 10} where
 * {@code r = sum(d_i * [6,5,4,3,2]) mod 11}. Instances are always valid; use {@link #parse} to
 * turn user input into one and learn why it was refused.
 */
public record LgCode(String value) implements Comparable<LgCode> {

    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    public LgCode {
        String problem = problemWith(value);
        if (problem != null) {
            throw new InvalidLgCodeException(value, problem);
        }
    }

    /** Parses a code, throwing {@link InvalidLgCodeException} with the reason when it is not one. */
    @JsonCreator
    public static LgCode parse(String value) {
        return new LgCode(value);
    }

    /** The code made of {@code fiveDigits} and their check digit (for generated test and benchmark data). */
    public static LgCode withCheckDigit(String fiveDigits) {
        return new LgCode(fiveDigits + checkDigit(fiveDigits));
    }

    /** Whether {@code value} is a valid code; never throws. */
    public static boolean isValid(String value) {
        return problemWith(value) == null;
    }

    /** The reason {@code value} is not a valid code, in English, or {@code null} when it is one. */
    public static String problemWith(String value) {
        if (value == null || value.isEmpty()) {
            return "an LG code is required";
        }
        if (value.length() != 6) {
            return "an LG code has 6 digits, got " + value.length() + " characters";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return "an LG code has digits only, got '" + c + "' at position " + (i + 1);
            }
        }
        int expected = checkDigit(value.substring(0, 5));
        int actual = value.charAt(5) - '0';
        if (expected != actual) {
            return "check digit should be " + expected + ", got " + actual;
        }
        return null;
    }

    /** The check digit for the first five digits of a code. */
    static int checkDigit(String fiveDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    /** The two-digit prefecture number (都道府県コード), e.g. "38" for Ehime. */
    public String prefectureNumber() {
        return value.substring(0, 2);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public int compareTo(LgCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

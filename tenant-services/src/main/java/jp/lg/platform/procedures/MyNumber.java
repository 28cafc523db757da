package jp.lg.platform.procedures;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a My Number (個人番号) in a value: 12 digits (full-width too, optionally grouped 4-4-4 by
 * spaces or hyphens) whose last digit is the check digit of the official formula (番号法施行令
 * 第8条). Other 12-digit numbers, such as a phone number or an account, are not matched. Pure.
 */
final class MyNumber {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])([0-9]{4})[ -]?([0-9]{4})[ -]?([0-9]{4})(?![0-9])");

    private MyNumber() {}

    /** Whether the text holds a valid My Number anywhere in it. */
    static boolean isIn(String text) {
        Matcher m = CANDIDATE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (m.find()) {
            if (isValid(m.group(1) + m.group(2) + m.group(3))) {
                return true;
            }
        }
        return false;
    }

    /** Whether 12 ASCII digits end with their check digit. */
    static boolean isValid(String digits) {
        if (digits.length() != 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = digits.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        return digits.charAt(11) - '0' == check;
    }
}

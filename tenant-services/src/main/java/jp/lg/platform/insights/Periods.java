package jp.lg.platform.insights;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.time.FiscalYear;

/**
 * The periods metrics are counted in: a calendar month ({@code 2026-04}) or a fiscal year (年度,
 * April to March, {@code FY2026} = 2026-04 … 2027-03), both reckoned in Asia/Tokyo. The two forms
 * never sort into each other ({@code "2027-03" < "FY2026"}), so a range of one form selects only it.
 */
final class Periods {

    private Periods() {}

    /** The month of an instant in Tokyo, e.g. {@code 2026-04}. */
    static String monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(FiscalYear.TOKYO)).toString();
    }

    /** The fiscal year a month belongs to, e.g. {@code FY2025} for {@code 2026-03}. */
    static String fiscalYearOf(String month) {
        return "FY" + FiscalYear.containing(YearMonth.parse(month).atDay(1)).startYear();
    }

    /** The first month of a fiscal year, {@code 2026-04} for {@code FY2026}. */
    static String firstMonth(String fiscalYear) {
        return fiscalYear.substring(2) + "-04";
    }

    /** The last month of a fiscal year, {@code 2027-03} for {@code FY2026}. */
    static String lastMonth(String fiscalYear) {
        return (Integer.parseInt(fiscalYear.substring(2)) + 1) + "-03";
    }

    /** The first month {@code period} covers: itself, or the first month of a fiscal year. */
    static String firstMonthIn(String period) {
        return isFiscalYear(period) ? firstMonth(period) : period;
    }

    /** The last month {@code period} covers: itself, or the last month of a fiscal year. */
    static String lastMonthIn(String period) {
        return isFiscalYear(period) ? lastMonth(period) : period;
    }

    /**
     * The period a month is counted in when a query asks for periods of {@code asked}'s form: its fiscal
     * year when fiscal years are asked, the month itself otherwise.
     */
    static String countedIn(String month, String asked) {
        return isFiscalYear(asked) ? fiscalYearOf(month) : month;
    }

    static boolean isFiscalYear(String period) {
        return period.matches("FY\\d{4}");
    }

    /** A month or fiscal year as written in a query, or empty when it is neither. */
    static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.matches("FY\\d{4}")) {
            int year = Integer.parseInt(text.substring(2));
            return year >= 1989 && year <= 2200 ? Optional.of(text) : Optional.empty();
        }
        try {
            return text.matches("\\d{4}-\\d{2}") ? Optional.of(YearMonth.parse(text).toString()) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Every period from {@code from} to {@code to} inclusive, both of the same form. */
    static List<String> between(String from, String to) {
        List<String> periods = new ArrayList<>();
        if (isFiscalYear(from)) {
            for (int y = Integer.parseInt(from.substring(2)); y <= Integer.parseInt(to.substring(2)); y++) {
                periods.add("FY" + y);
            }
            return periods;
        }
        for (YearMonth m = YearMonth.parse(from); !m.isAfter(YearMonth.parse(to)); m = m.plusMonths(1)) {
            periods.add(m.toString());
        }
        return periods;
    }
}

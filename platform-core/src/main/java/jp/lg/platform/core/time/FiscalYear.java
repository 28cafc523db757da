package jp.lg.platform.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A Japanese fiscal year (年度): 1 April to 31 March, named by the year it starts in, so FY2026 runs
 * 2026-04-01 … 2027-03-31 (令和8年度). Instants are placed in a fiscal year by their date in
 * Asia/Tokyo, so 2027-03-31T15:30Z (00:30 on 1 April in Tokyo) already belongs to FY2027.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    /** The time zone every date of the platform is reckoned in. */
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final int REIWA_FIRST_YEAR = 2019;

    public FiscalYear {
        if (startYear < 1989 || startYear > 2200) {
            throw new IllegalArgumentException("fiscal year " + startYear + " is out of range (1989–2200)");
        }
    }

    @JsonCreator
    public static FiscalYear of(int startYear) {
        return new FiscalYear(startYear);
    }

    /** The fiscal year a date (in Japan) belongs to. */
    public static FiscalYear containing(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** The fiscal year an instant belongs to, by its date in Asia/Tokyo. */
    public static FiscalYear containing(Instant instant) {
        return containing(instant.atZone(TOKYO).toLocalDate());
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** Start of the fiscal year (inclusive), 00:00 on 1 April in Tokyo. */
    public Instant start() {
        return firstDay().atStartOfDay(TOKYO).toInstant();
    }

    /** End of the fiscal year (exclusive), 00:00 on the next 1 April in Tokyo: when caps reset. */
    public Instant end() {
        return next().start();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    /** The name Japanese users expect, e.g. {@code 令和8年度} (令和元年度 for FY2019, 平成 before it). */
    public String japaneseName() {
        if (startYear >= REIWA_FIRST_YEAR) {
            int reiwa = startYear - REIWA_FIRST_YEAR + 1;
            return "令和" + (reiwa == 1 ? "元" : String.valueOf(reiwa)) + "年度";
        }
        return "平成" + (startYear - 1988 == 1 ? "元" : String.valueOf(startYear - 1988)) + "年度";
    }

    /** The English name, e.g. {@code FY2026}. */
    @Override
    public String toString() {
        return "FY" + startYear;
    }

    @JsonValue
    public int jsonValue() {
        return startYear;
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    /** Today's fiscal year in Japan. */
    public static FiscalYear current(java.time.Clock clock) {
        return containing(ZonedDateTime.now(clock).toInstant());
    }
}

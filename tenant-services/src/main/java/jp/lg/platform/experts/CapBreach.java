package jp.lg.platform.experts;

import java.time.LocalDate;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.core.time.JapaneseDates;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * One more request would go beyond a cap: which cap ({@code cap} is a programme code or a combined
 * cap group), its limit, how many live requests already count against it and in which fiscal year.
 */
public record CapBreach(String cap, String capNameJa, int limit, int used, FiscalYear fiscalYear) {

    /** The first day requests count afresh (1 April of the next fiscal year, Asia/Tokyo). */
    public LocalDate resetsOn() {
        return fiscalYear.next().firstDay();
    }

    /** The 409 {@code quota-exceeded} problem, in English and Japanese. */
    public ProblemException toProblem() {
        FiscalYear next = fiscalYear.next();
        String english = "The cap '" + cap + "' allows " + limit + " requests per municipality in " + fiscalYear
                + "; this municipality already has " + used + ". It resets on " + resetsOn() + " (start of " + next + ").";
        String japanese = capNameJa + "の上限（" + fiscalYear.japaneseName() + " " + limit + "件）に達しています（現在 " + used
                + "件）。" + japaneseDate(resetsOn()) + "（" + next.japaneseName() + "の初日）にリセットされます。";
        return new ProblemException(ProblemType.QUOTA_EXCEEDED, english + " " + japanese);
    }

    /** e.g. 令和13年4月1日 for 2031-04-01. */
    static String japaneseDate(LocalDate date) {
        return JapaneseDates.of(date);
    }
}

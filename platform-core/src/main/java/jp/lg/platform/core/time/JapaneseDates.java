package jp.lg.platform.core.time;

import java.time.LocalDate;

/** Dates as Japanese users write them in the 令和 era, e.g. 令和13年4月1日 (令和元年 for 2019). */
public final class JapaneseDates {

    private JapaneseDates() {}

    /** e.g. 令和13年4月1日 for 2031-04-01; dates from 2019 on. */
    public static String of(LocalDate date) {
        int reiwa = date.getYear() - 2018;
        return "令和" + (reiwa == 1 ? "元" : String.valueOf(reiwa)) + "年" + date.getMonthValue() + "月"
                + date.getDayOfMonth() + "日";
    }
}

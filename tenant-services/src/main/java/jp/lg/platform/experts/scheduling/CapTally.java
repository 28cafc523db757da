package jp.lg.platform.experts.scheduling;

import jp.lg.platform.core.time.FiscalYear;

/**
 * One contribution to a cap (programme or combined) of a town in a fiscal year: a planned visit counts 1
 * planned and 1 in total, earlier usage counts only in total. Summed per {@link Key} by the cap constraints.
 */
record CapTally(Key key, int planned, int total) {

    /** A cap (by name and maximum) of one town in one fiscal year. */
    record Key(String cap, int max, String lgCode, FiscalYear fiscalYear) {
    }

    static CapTally planned(String cap, int max, Visit visit) {
        return new CapTally(new Key(cap, max, visit.town().lgCode(), visit.fiscalYear()), 1, 1);
    }

    static CapTally used(String cap, int max, CapUsage usage) {
        return new CapTally(new Key(cap, max, usage.lgCode(), usage.fiscalYear()), 0, usage.used());
    }

    /** Planned visits beyond the cap: never more than were planned, so earlier overuse is not the plan's fault. */
    static int excess(Key key, int planned, int total) {
        return Math.max(0, Math.min(planned, total - key.max()));
    }
}

package jp.lg.platform.experts;

/**
 * Where a schedule (派遣計画) stands: the solver is running, it has proposed visits, the coordinator
 * confirmed all of them, or solving failed.
 */
public enum ScheduleStatus {
    SOLVING,
    PROPOSED,
    CONFIRMED,
    FAILED
}

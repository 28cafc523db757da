package jp.lg.platform.experts;

/** Where one planned visit of a schedule stands: proposed by the solver (or moved by hand), left unassigned, or confirmed. */
public enum ScheduleAssignmentStatus {
    PROPOSED,
    UNASSIGNED,
    CONFIRMED
}

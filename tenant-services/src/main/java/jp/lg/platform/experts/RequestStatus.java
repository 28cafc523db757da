package jp.lg.platform.experts;

/**
 * Where an expert request stands: {@code SUBMITTED → TRIAGED → PROPOSED → CONFIRMED → COMPLETED},
 * left early through {@code DECLINED} or {@code CANCELLED}. Declined and cancelled requests no
 * longer count against any cap.
 */
public enum RequestStatus {
    SUBMITTED,
    TRIAGED,
    PROPOSED,
    CONFIRMED,
    COMPLETED,
    DECLINED,
    CANCELLED;

    /** Whether the request still uses a dispatch of its programme's cap. */
    public boolean countsAgainstCaps() {
        return this != DECLINED && this != CANCELLED;
    }
}

package jp.lg.platform.experts;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The moves of an expert request's lifecycle, each from the states it may start in to the one it
 * leads to. {@code PROPOSE} and {@code CONFIRM} belong to scheduling; the others have their own
 * sub-resource of {@code /api/v1/expert-requests/{id}}.
 */
public enum RequestTransition {
    TRIAGE(EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.TRIAGED),
    PROPOSE(EnumSet.of(RequestStatus.TRIAGED), RequestStatus.PROPOSED),
    CONFIRM(EnumSet.of(RequestStatus.PROPOSED), RequestStatus.CONFIRMED),
    RELEASE(EnumSet.of(RequestStatus.CONFIRMED), RequestStatus.TRIAGED),
    COMPLETE(EnumSet.of(RequestStatus.CONFIRMED), RequestStatus.COMPLETED),
    DECLINE(EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.TRIAGED, RequestStatus.PROPOSED), RequestStatus.DECLINED),
    CANCEL(EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.TRIAGED, RequestStatus.PROPOSED, RequestStatus.CONFIRMED),
            RequestStatus.CANCELLED);

    private final Set<RequestStatus> from;
    private final RequestStatus to;

    RequestTransition(Set<RequestStatus> from, RequestStatus to) {
        this.from = from;
        this.to = to;
    }

    public Set<RequestStatus> from() {
        return from;
    }

    public RequestStatus to() {
        return to;
    }

    /** The name used in events and messages, e.g. {@code triage}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

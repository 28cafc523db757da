package jp.lg.platform.experts;

import java.time.Instant;
import java.util.UUID;
import jp.lg.platform.experts.scheduling.VisitMode;

/** One confirmed (or completed) visit as it appears in the expert's calendar feed. */
public record CalendarVisit(UUID requestId, String townName, String topic, VisitMode mode, Instant start, Instant end,
        RequestStatus status) {}

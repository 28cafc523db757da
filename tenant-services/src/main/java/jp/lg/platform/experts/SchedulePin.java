package jp.lg.platform.experts;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An assignment the coordinator fixed by hand (固定): a new solve keeps its expert and start
 * ({@code start} in Asia/Tokyo wall-clock time).
 */
public record SchedulePin(UUID requestId, UUID expertId, LocalDateTime start) {
}

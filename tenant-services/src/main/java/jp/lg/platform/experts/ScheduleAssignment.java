package jp.lg.platform.experts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One request's place in a schedule: the expert and visit times (Asia/Tokyo wall-clock) the solver or the
 * coordinator chose, or none with the rule that blocked it ({@code blockedBy}); the score contributions
 * explain the choice. {@code travelMinutes} is the one-way drive from the expert's office, 0 online.
 */
public record ScheduleAssignment(UUID id, UUID requestId, String municipalityCode, Optional<UUID> expertId,
        Optional<LocalDateTime> start, Optional<LocalDateTime> end, int travelMinutes, ScheduleAssignmentStatus status,
        boolean pinned, List<ScheduleContribution> explanation, Optional<String> blockedBy) {

    public ScheduleAssignment {
        explanation = List.copyOf(explanation);
    }

    ScheduleAssignment with(ScheduleAssignmentStatus next) {
        return new ScheduleAssignment(id, requestId, municipalityCode, expertId, start, end, travelMinutes, next, pinned,
                explanation, blockedBy);
    }
}

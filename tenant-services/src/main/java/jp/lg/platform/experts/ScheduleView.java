package jp.lg.platform.experts;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A schedule as the API shows it: status, progress of the solve and, once solved, the proposal
 * (assignments with explanations, unassigned requests with what blocked them).
 */
@Schema(name = "Schedule")
public record ScheduleView(String id, String collaborationCode, LocalDate from, LocalDate to, ScheduleStatus status,
        Progress progress, List<ScheduleAssignmentView> assignments, List<ScheduleUnassignedView> unassigned,
        @Schema(nullable = true) String failure) {

    /** How far solving got: the best score so far (hard/medium/soft) and seconds spent of the limit. */
    @Schema(name = "ScheduleProgress")
    public record Progress(@Schema(nullable = true, example = "0hard/-4medium/-312soft") String bestScore,
            long elapsedSeconds, int timeLimitSeconds) {}

    static ScheduleView of(Schedule s, List<ScheduleAssignment> all, Optional<HardMediumSoftScore> running, Instant now) {
        long elapsed = Duration.between(s.startedAt(), s.finishedAt().orElse(now)).toSeconds();
        String best = running.map(HardMediumSoftScore::toString).or(s::bestScore).orElse(null);
        return new ScheduleView(s.id().toString(), s.collaborationCode(), s.from(), s.to(), s.status(),
                new Progress(best, elapsed, s.timeLimitSeconds()),
                all.stream().filter(a -> a.status() != ScheduleAssignmentStatus.UNASSIGNED)
                        .map(ScheduleAssignmentView::of).toList(),
                all.stream().filter(a -> a.status() == ScheduleAssignmentStatus.UNASSIGNED)
                        .map(ScheduleUnassignedView::of).toList(),
                s.failure().orElse(null));
    }
}

package jp.lg.platform.experts;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;
import java.util.Optional;

/** A schedule, its assignments, and the best score of its solve when that still runs on this instance. */
public record ScheduleState(Schedule schedule, List<ScheduleAssignment> assignments,
        Optional<HardMediumSoftScore> runningBestScore) {
}

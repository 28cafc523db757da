package jp.lg.platform.experts;

import java.util.Optional;
import jp.lg.platform.core.events.CommandContext;
import org.jdbi.v3.core.Handle;

/**
 * Moves the request of a proposed assignment TRIAGED → PROPOSED with its event. Pinned visits keep their
 * request's state (a confirmed one is shown as confirmed). A request that changed while the solver ran
 * (cancelled, declined) is not proposed: its assignment is stored as unassigned.
 */
final class ScheduleProposing {

    private ScheduleProposing() {}

    static ScheduleAssignment propose(Handle h, ExpertRequestDao requests, RequestEvents events,
            ScheduleAssignment assignment, CommandContext command) {
        if (assignment.status() != ScheduleAssignmentStatus.PROPOSED) {
            return assignment;
        }
        Optional<ExpertRequest> current = requests.lock(assignment.requestId());
        RequestStatus status = current.map(ExpertRequest::status).orElse(RequestStatus.CANCELLED);
        if (status == RequestStatus.TRIAGED) {
            ExpertRequest before = current.orElseThrow();
            ExpertRequest after = before.moved(RequestLifecycle.apply(status, RequestTransition.PROPOSE),
                    before.assignedExpert(), before.reason(), before.report());
            requests.update(after);
            events.statusChanged(h, before, after, RequestTransition.PROPOSE, command);
            return assignment;
        }
        if (status == RequestStatus.PROPOSED && assignment.pinned()) {
            return assignment;
        }
        if (status == RequestStatus.CONFIRMED && assignment.pinned()) {
            return assignment.with(ScheduleAssignmentStatus.CONFIRMED);
        }
        return new ScheduleAssignment(assignment.id(), assignment.requestId(), assignment.municipalityCode(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, ScheduleAssignmentStatus.UNASSIGNED, false,
                assignment.explanation(), Optional.of("The request became " + status + " while the schedule was solved"));
    }
}

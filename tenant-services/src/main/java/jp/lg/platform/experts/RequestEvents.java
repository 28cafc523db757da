package jp.lg.platform.experts;

import java.util.Optional;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.experts.ExpertRequestSubmitted;
import org.jdbi.v3.core.Handle;

/** Writes the events of expert requests to the outbox, in the transaction of the change they describe. */
final class RequestEvents {

    private final EventMetadataFactory metadata;

    RequestEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    void submitted(Handle handle, ExpertRequest r, CommandContext command) {
        Outbox.append(handle, ExpertTopics.REQUESTS, r.id().toString(), ExpertRequestSubmitted.newBuilder()
                .setMeta(meta(r, command)).setRequestId(r.id()).setMunicipalityCode(r.municipality().value())
                .setCollaborationCode(r.collaborationCode()).setLeadCode(r.lead().value()).setProgramme(r.programme())
                .setSpecialty(r.specialty()).setTopic(r.topic()).setDescription(r.description())
                .setMode(r.mode().name()).setDurationMinutes(r.durationMinutes()).setUrgency(r.urgency().name())
                .setFiscalYear(r.fiscalYear().startYear())
                .setPreferredWindows(r.preferredWindows().stream().map(w -> jp.lg.platform.events.experts.PreferredWindow
                        .newBuilder().setStart(w.start().toInstant()).setEnd(w.end().toInstant()).build()).toList())
                .build());
    }

    void statusChanged(Handle handle, ExpertRequest before, ExpertRequest after, RequestTransition transition,
            CommandContext command) {
        Outbox.append(handle, ExpertTopics.REQUESTS, after.id().toString(), ExpertRequestStatusChanged.newBuilder()
                .setMeta(meta(after, command)).setRequestId(after.id()).setMunicipalityCode(after.municipality().value())
                .setTransition(transition.code()).setFromStatus(before.status().name()).setToStatus(after.status().name())
                .setReason(after.reason().orElse(null))
                .setExpertId(after.assignedExpert().or(before::assignedExpert).orElse(null))
                .setVisitStart(after.visit().or(before::visit).map(v -> v.start().toInstant()).orElse(null))
                .setVisitEnd(after.visit().or(before::visit).map(v -> v.end().toInstant()).orElse(null))
                .setReport(after.report().map(RequestEvents::report).orElse(null))
                .build());
    }

    private static jp.lg.platform.events.experts.VisitReport report(VisitReport r) {
        return jp.lg.platform.events.experts.VisitReport.newBuilder()
                .setSummary(r.summary()).setOutcomes(r.outcomes()).setFollowUps(r.followUps()).build();
    }

    private EventMetadata meta(ExpertRequest r, CommandContext command) {
        return metadata.create(Optional.of(r.municipality().value()), command.actor(), command.correlationId());
    }
}

package jp.lg.platform.surveys;

import java.util.Optional;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.surveys.SurveyClosed;
import jp.lg.platform.events.surveys.SurveyPublished;
import jp.lg.platform.events.surveys.SurveyResponseSubmitted;
import org.jdbi.v3.core.Handle;

/** Writes the events of surveys to the outbox, in the transaction of the change. */
final class SurveyEvents {

    private final EventMetadataFactory metadata;

    SurveyEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    void published(Handle h, Survey s, int members, CommandContext command) {
        Outbox.append(h, SurveyTopics.SURVEYS, s.id().toString(), SurveyPublished.newBuilder()
                .setMeta(meta(s.leadCode(), command)).setSurveyId(s.id()).setCollaborationCode(s.collaborationCode())
                .setLeadCode(s.leadCode()).setItemCount(s.definition().items().size())
                .setMeasureCount(s.definition().measures().size()).setMemberCount(members)
                .setDeadline(s.deadline()).setOpenWhenAllSubmitted(s.openWhenAllSubmitted())
                .build());
    }

    void submitted(Handle h, SurveyResponse r, SurveyView.Progress progress, CommandContext command) {
        Outbox.append(h, SurveyTopics.SURVEYS, r.surveyId().toString(), SurveyResponseSubmitted.newBuilder()
                .setMeta(meta(r.town(), command)).setSurveyId(r.surveyId()).setMunicipalityCode(r.town())
                .setRevision(r.revision()).setViaSpreadsheet(r.viaSpreadsheet()).setAnswerCount(r.answers().count())
                .setSubmittedCount(progress.submitted()).setMemberCount(progress.members())
                .build());
    }

    void closed(Handle h, Survey s, SurveyView.Progress progress, CommandContext command) {
        Outbox.append(h, SurveyTopics.SURVEYS, s.id().toString(), SurveyClosed.newBuilder()
                .setMeta(meta(s.leadCode(), command)).setSurveyId(s.id()).setCollaborationCode(s.collaborationCode())
                .setDeadline(s.deadline()).setSubmittedCount(progress.submitted()).setMemberCount(progress.members())
                .build());
    }

    private EventMetadata meta(String tenant, CommandContext command) {
        return metadata.create(Optional.of(tenant), command.actor(), command.correlationId());
    }
}

package jp.lg.platform.procedures;

import java.time.LocalDate;
import java.time.Instant;
import java.util.Optional;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.procedures.ApplicationStageChanged;
import jp.lg.platform.events.procedures.ApplicationStageOverdue;
import org.jdbi.v3.core.Handle;

/**
 * Writes the events of applications to the outbox in the transaction of the change: ids,
 * procedure, stage, channel and timings. Never the form's values, which may be personal data.
 */
final class ApplicationEvents {

    private final EventMetadataFactory metadata;

    ApplicationEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    void moved(Handle handle, Application before, Application after, String action, CommandContext command) {
        Outbox.append(handle, ProcedureTopics.APPLICATIONS, after.id().toString(), ApplicationStageChanged.newBuilder()
                .setMeta(meta(after, command)).setApplicationId(after.id()).setMunicipalityCode(after.town())
                .setProcedureCode(after.procedureCode()).setVersion(after.version()).setChannel(after.channel().name())
                .setAction(action).setFromStage(before == null ? null : before.stage()).setToStage(after.stage())
                .setSubmittedAt(after.createdAt())
                .setFromStageEnteredAt(before == null ? null : before.stageEnteredAt())
                .setStageDueOn(after.stageDueOn().orElse(null))
                .build());
    }

    void overdue(Handle handle, Application a, LocalDate dueOn, int slaBusinessDays, Instant now) {
        CommandContext system = CommandContext.system();
        Outbox.append(handle, ProcedureTopics.APPLICATIONS, a.id().toString(), ApplicationStageOverdue.newBuilder()
                .setMeta(meta(a, system)).setApplicationId(a.id()).setMunicipalityCode(a.town())
                .setProcedureCode(a.procedureCode()).setVersion(a.version()).setChannel(a.channel().name())
                .setStage(a.stage()).setStageEnteredAt(a.stageEnteredAt()).setDueOn(dueOn)
                .setSlaBusinessDays(slaBusinessDays)
                .build());
    }

    private EventMetadata meta(Application a, CommandContext command) {
        return metadata.create(Optional.of(a.town()), command.actor(), command.correlationId());
    }
}

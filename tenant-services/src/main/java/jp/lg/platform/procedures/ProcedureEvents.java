package jp.lg.platform.procedures;

import java.util.Optional;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.procedures.ProcedureAdopted;
import jp.lg.platform.events.procedures.ProcedurePublished;
import org.jdbi.v3.core.Handle;

/** Writes the events of standard definitions and adoptions to the outbox, in the transaction of the change. */
final class ProcedureEvents {

    private final EventMetadataFactory metadata;

    ProcedureEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    void published(Handle handle, Procedure p, CommandContext command) {
        ProcedureDefinition d = p.definition();
        Outbox.append(handle, ProcedureTopics.DEFINITIONS, p.code(), ProcedurePublished.newBuilder()
                .setMeta(meta(p.leadCode(), command)).setProcedureCode(p.code()).setVersion(p.version())
                .setCollaborationCode(p.collaborationCode()).setLeadCode(p.leadCode())
                .setNameJa(d.nameJa()).setNameEn(d.nameEn()).setFeeYen(d.feeYen()).setFieldCount(d.fields().size())
                .setStages(d.stages().stream().map(Stage::code).toList()).setChanges(p.changes())
                .build());
    }

    void adopted(Handle handle, Adoption a, Drift.TownDrift drift, CommandContext command) {
        Outbox.append(handle, ProcedureTopics.DEFINITIONS, a.procedureCode(), ProcedureAdopted.newBuilder()
                .setMeta(meta(a.town(), command)).setAdoptionId(a.id()).setProcedureCode(a.procedureCode())
                .setVersion(a.version()).setMunicipalityCode(a.town()).setCollaborationCode(a.collaborationCode())
                .setDifferences(drift.differences().size()).setDriftDistance(drift.distance())
                .build());
    }

    private EventMetadata meta(String tenant, CommandContext command) {
        return metadata.create(Optional.of(tenant), command.actor(), command.correlationId());
    }
}

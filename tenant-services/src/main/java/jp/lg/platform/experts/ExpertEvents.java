package jp.lg.platform.experts;

import java.util.Optional;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.events.experts.ExpertChanged;
import org.jdbi.v3.core.Handle;

/** Writes {@code ExpertChanged} to the outbox, in the transaction of the change it describes. */
final class ExpertEvents {

    private final EventMetadataFactory metadata;

    ExpertEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    /** {@code change} is registered, updated or availability. */
    void changed(Handle handle, Expert e, String change, CommandContext command) {
        Outbox.append(handle, ExpertTopics.EXPERTS, e.id().toString(), ExpertChanged.newBuilder()
                .setMeta(metadata.create(Optional.of(e.tenant().value()), command.actor(), command.correlationId()))
                .setChange(change)
                .setExpertId(e.id())
                .setCollaborationCode(e.collaborationCode())
                .setName(e.name())
                .setSpecialties(e.specialties())
                .setHomeOfficeCode(e.homeOffice().value())
                .setWeeklyVisitLimit(e.weeklyVisitLimit())
                .setUsername(e.username())
                .setWeekly(e.availability().weekly().stream().map(ExpertEvents::slot).toList())
                .setAbsences(e.availability().absences().stream().map(ExpertEvents::absence).toList())
                .build());
    }

    private static jp.lg.platform.events.experts.WeeklySlot slot(WeeklySlot s) {
        return jp.lg.platform.events.experts.WeeklySlot.newBuilder()
                .setDay(s.day().name()).setStart(s.start().toString()).setEnd(s.end().toString()).build();
    }

    private static jp.lg.platform.events.experts.Absence absence(Absence a) {
        return jp.lg.platform.events.experts.Absence.newBuilder()
                .setFrom(a.from()).setTo(a.to()).setReason(a.reason()).build();
    }
}

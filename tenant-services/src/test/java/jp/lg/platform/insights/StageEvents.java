package jp.lg.platform.insights;

import static jp.lg.platform.insights.RequestEvents.meta;
import static jp.lg.platform.insights.RequestEvents.tokyo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.events.procedures.ApplicationStageChanged;
import jp.lg.platform.events.procedures.ApplicationStageOverdue;
import org.apache.avro.specific.SpecificRecord;

/** Application events as standard procedures publish them, for the topology's tests. Times are Asia/Tokyo. */
final class StageEvents {

    static final String JUMINHYO = "juminhyo-copy";

    private StageEvents() {}

    /** An application's life: submitted at {@code times[0]}, then one move per further time along {@code stages}. */
    static List<SpecificRecord> application(UUID id, String town, String channel, List<String> actions,
            List<String> stages, List<String> times) {
        List<SpecificRecord> events = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            events.add(moved(id, town, channel, actions.get(i), i == 0 ? null : stages.get(i - 1), stages.get(i),
                    times.get(0), i == 0 ? null : times.get(i - 1), times.get(i)));
        }
        return events;
    }

    static ApplicationStageChanged moved(UUID id, String town, String channel, String action, String from, String to,
            String submitted, String fromEntered, String at) {
        return ApplicationStageChanged.newBuilder().setMeta(meta(town, tokyo(at))).setApplicationId(id)
                .setMunicipalityCode(town).setProcedureCode(JUMINHYO).setVersion(1).setChannel(channel)
                .setAction(action).setFromStage(from).setToStage(to).setSubmittedAt(tokyo(submitted))
                .setFromStageEnteredAt(fromEntered == null ? null : tokyo(fromEntered)).setStageDueOn(null).build();
    }

    static ApplicationStageOverdue overdue(UUID id, String town, String channel, String stage, String entered,
            String at) {
        return ApplicationStageOverdue.newBuilder().setMeta(meta(town, tokyo(at))).setApplicationId(id)
                .setMunicipalityCode(town).setProcedureCode(JUMINHYO).setVersion(1).setChannel(channel)
                .setStage(stage).setStageEnteredAt(tokyo(entered)).setDueOn(LocalDate.parse(at.substring(0, 10)))
                .setSlaBusinessDays(3).build();
    }

    /** The same event under a new event id, as a re-emitting producer would send it. */
    static ApplicationStageChanged reemitted(ApplicationStageChanged event) {
        return ApplicationStageChanged.newBuilder(event)
                .setMeta(meta(event.getMunicipalityCode(), event.getMeta().getOccurredAt())).build();
    }
}

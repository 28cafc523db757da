package jp.lg.platform.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.notifications.NotificationRequested;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Tells the town and the expert when an expert visit is confirmed (or moved: confirmed again with
 * new times) or released: every person of the requesting municipality and the assigned expert.
 */
final class ExpertVisitRouting implements Processor<String, SpecificRecord, String, NotificationRequested> {

    private static final Set<String> TRANSITIONS = Set.of("confirm", "release");

    private ProcessorContext<String, NotificationRequested> context;
    private RouterDirectory directory;

    @Override
    public void init(ProcessorContext<String, NotificationRequested> context) {
        this.context = context;
        this.directory = new RouterDirectory(context::getStateStore);
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        if (!(record.value() instanceof ExpertRequestStatusChanged change) || !TRANSITIONS.contains(change.getTransition())) {
            return;
        }
        Map<String, Recipient> recipients = new LinkedHashMap<>();
        directory.peopleOf(change.getMunicipalityCode()).forEach(r -> recipients.putIfAbsent(r.userId(), r));
        if (change.getExpertId() != null) {
            directory.expert(change.getExpertId().toString()).ifPresent(r -> recipients.putIfAbsent(r.userId(), r));
        }
        NotificationDraft draft = NotificationTexts.expertVisit(change);
        for (Recipient recipient : recipients.values()) {
            draft.addressedTo(recipient, directory.preferences(recipient.userId()), true).ifPresent(notification ->
                    context.forward(record.withKey(recipient.userId()).withValue(notification)));
        }
    }
}

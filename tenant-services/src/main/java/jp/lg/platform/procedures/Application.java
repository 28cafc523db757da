package jp.lg.platform.procedures;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An application (申請) to a town's adopted procedure. {@code fields} is the filled form and may
 * hold personal data: it stays in the town's tenant and never goes into an event or a log.
 * {@code stageDueOn} is the last business day of the current stage's SLA, if it has one.
 */
record Application(UUID id, long seq, String town, String reference, String procedureCode, int version,
        UUID adoptionId, Channel channel, String stage, Map<String, JsonNode> fields, List<String> attachments,
        int feeYen, Instant stageEnteredAt, Optional<LocalDate> stageDueOn, Optional<String> enteredBy,
        Instant createdAt) {

    Application {
        fields = Map.copyOf(fields);
        attachments = List.copyOf(attachments);
    }

    Application moved(String to, Instant at, Optional<LocalDate> dueOn, Map<String, JsonNode> newFields,
            List<String> newAttachments, int newFee) {
        return new Application(id, seq, town, reference, procedureCode, version, adoptionId, channel, to, newFields,
                newAttachments, newFee, at, dueOn, enteredBy, createdAt);
    }
}

package jp.lg.platform.messaging;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.directory.DirectoryService;

/**
 * Answers to inquiries (照会への回答): one per town, replaced by the town until the deadline (after
 * it, 409), gathered into one comparison table with the towns that have not answered.
 */
public final class InquiryAnswers {

    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final TypeReference<Map<String, JsonNode>> VALUES = new TypeReference<>() {};

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final MessageEvents events;
    private final Clock clock;

    InquiryAnswers(TenantTransactions transactions, DirectoryService directory, MessageEvents events, Clock clock) {
        this.transactions = transactions;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    public AnswerTable answer(LgPrincipal caller, UUID id, AnswerInput input) {
        LgCode tenant = Callers.tenantOf(caller);
        Instant now = clock.instant();
        transactions.inTenant(tenant, h -> {
            Message message = Responding.messageOf(h, caller, id, MessageKind.INQUIRY);
            Responding.mustBeAsked(h, message, tenant);
            if (!now.isBefore(message.deadline())) {
                throw new ProblemException(ProblemType.CONFLICT, "The inquiry closed at "
                        + message.deadline().atZone(MessageView.TOKYO).toOffsetDateTime()
                        + " (回答期限を過ぎています); answers can no longer be given or changed.");
            }
            List<InquiryField> fields = MessageDetails.of(message).fields();
            var errors = AnswerRules.check(fields, input.values());
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            boolean first = h.attach(ResponseDao.class).answer(id, tenant.value(), message.channelId(), caller.userId(),
                    MessageDetails.write(AnswerRules.kept(fields, input.values())), now);
            h.attach(AudienceDao.class).responded(id, tenant.value(), now);
            events.responded(h, message, first ? "ANSWERED" : "ANSWER_CHANGED", tenant.value(), caller.userId(),
                    CommandContext.of(caller));
            return null;
        });
        return table(caller, id);
    }

    public AnswerTable table(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            Message message = Responding.messageOf(h, caller, id, MessageKind.INQUIRY);
            List<String> towns = h.attach(AudienceDao.class).towns(id);
            List<ResponseDao.Answer> answers = h.attach(ResponseDao.class).answers(id);
            Map<String, String> names = Responding.names(directory, towns);
            Set<String> answered = answers.stream().map(ResponseDao.Answer::tenantCode).collect(Collectors.toSet());
            List<AnswerTable.Row> rows = answers.stream().map(a -> new AnswerTable.Row(a.tenantCode(),
                    names.getOrDefault(a.tenantCode(), a.tenantCode()), a.userId(),
                    a.answeredAt().atZone(MessageView.TOKYO).toOffsetDateTime(),
                    a.updatedAt().atZone(MessageView.TOKYO).toOffsetDateTime(), values(a.answer()))).toList();
            List<AnswerTable.Town> pending = towns.stream().filter(t -> !answered.contains(t))
                    .map(t -> new AnswerTable.Town(t, names.get(t))).toList();
            int total = towns.size();
            return new AnswerTable(id.toString(), message.deadline().atZone(MessageView.TOKYO).toOffsetDateTime(),
                    MessageDetails.of(message).fields(), rows, pending, total, rows.size(),
                    total + "団体中" + rows.size() + "団体が回答済み", rows.size() + " of " + total + " towns answered");
        });
    }

    private static Map<String, JsonNode> values(String json) {
        try {
            return JSON.readValue(json, VALUES);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable answer " + json, e);
        }
    }
}

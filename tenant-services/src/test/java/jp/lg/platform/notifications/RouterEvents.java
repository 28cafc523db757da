package jp.lg.platform.notifications;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.directory.Person;
import jp.lg.platform.events.directory.TenantPeople;
import jp.lg.platform.events.experts.ExpertChanged;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.messaging.ChannelChanged;
import jp.lg.platform.events.messaging.MessageEdited;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.events.messaging.MessageResponseRecorded;
import jp.lg.platform.events.messaging.MessageRetracted;
import jp.lg.platform.events.messaging.ReminderDue;
import jp.lg.platform.events.notifications.NotificationPreferencesChanged;

/** Hand-made contract events for the router's tests, as messaging, the directory and experts publish them. */
final class RouterEvents {

    static final String EHIME = "380008";
    static final String SAIJO = "382060";
    static final String UWAJIMA = "382035";

    private RouterEvents() {}

    static EventMetadata meta(String tenant, String actor, Instant at) {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(at).setTenantCode(tenant)
                .setActor(actor).setCorrelationId(UUID.randomUUID().toString()).build();
    }

    static TenantPeople people(String tenant, String... userIds) {
        List<Person> people = Arrays.stream(userIds).map(id -> Person.newBuilder().setUserId(id).setUsername(id)
                .setDisplayName(id + " name").setEmail(id + "@example.jp").setRoles(List.of("staff")).build()).toList();
        return TenantPeople.newBuilder().setMeta(meta(tenant, "system", Instant.now())).setTenantCode(tenant)
                .setPeople(people).build();
    }

    static ChannelChanged channel(UUID id, String name, List<String> tenants, List<String> userIds, boolean archived) {
        return ChannelChanged.newBuilder().setMeta(meta(EHIME, "system", Instant.now())).setChannelId(id)
                .setKind(userIds.isEmpty() ? "HORIZONTAL" : "TOPIC").setCollaborationCode("team-ehime").setName(name)
                .setTenantCodes(tenants).setUserIds(userIds).setArchived(archived).build();
    }

    static MessagePosted.Builder post(UUID channel, String tenant, String author, String kind, Instant at) {
        return MessagePosted.newBuilder().setMeta(meta(tenant, author, at)).setMessageId(UUID.randomUUID())
                .setChannelId(channel).setKind(kind).setAuthorUserId(author).setAuthorName(author + " name")
                .setText("サイバー保険に加入している市町はありますか？");
    }

    static MessageEdited correction(MessagePosted alert, String text, Instant at) {
        return MessageEdited.newBuilder().setMeta(meta(alert.getMeta().getTenantCode(), alert.getAuthorUserId(), at))
                .setMessageId(alert.getMessageId()).setChannelId(alert.getChannelId()).setKind(alert.getKind())
                .setText(text).setCorrection(true).build();
    }

    static MessageEdited edit(MessagePosted post, String text) {
        return MessageEdited.newBuilder(correction(post, text, post.getMeta().getOccurredAt())).setCorrection(false).build();
    }

    static MessageRetracted retraction(MessagePosted post) {
        return MessageRetracted.newBuilder().setMeta(meta(post.getMeta().getTenantCode(), post.getAuthorUserId(),
                Instant.now())).setMessageId(post.getMessageId()).setChannelId(post.getChannelId()).build();
    }

    static ReminderDue reminder(MessagePosted post, String town) {
        return ReminderDue.newBuilder().setMeta(meta(post.getMeta().getTenantCode(), "system", Instant.now()))
                .setMessageId(post.getMessageId()).setChannelId(post.getChannelId()).setKind(post.getKind())
                .setTenantCode(town).setDeadline(Instant.parse("2030-06-30T08:00:00Z")).build();
    }

    static MessageResponseRecorded response(MessagePosted post, String response, String town, String userId) {
        return MessageResponseRecorded.newBuilder().setMeta(meta(town, userId, Instant.now()))
                .setMessageId(post.getMessageId()).setChannelId(post.getChannelId()).setResponse(response)
                .setTenantCode(town).setUserId(userId).setMessagePostedAt(post.getMeta().getOccurredAt()).build();
    }

    static NotificationPreferencesChanged preferences(String userId, String defaultLevel, Map<String, String> channels,
            String quietStart, String quietEnd) {
        return NotificationPreferencesChanged.newBuilder().setMeta(meta(null, userId, Instant.now())).setUserId(userId)
                .setDefaultLevel(defaultLevel).setChannelLevels(Map.copyOf(channels)).setDigest("DAILY").setEmail(false)
                .setQuietStart(quietStart).setQuietEnd(quietEnd).build();
    }

    static ExpertChanged expert(UUID id, String username) {
        return ExpertChanged.newBuilder().setMeta(meta(EHIME, "system", Instant.now())).setChange("registered")
                .setExpertId(id).setCollaborationCode("team-ehime").setName("専門官").setSpecialties(List.of("design-ux"))
                .setHomeOfficeCode(EHIME).setWeeklyVisitLimit(3).setUsername(username).setWeekly(List.of())
                .setAbsences(List.of()).build();
    }

    static ExpertRequestStatusChanged visit(String transition, String town, UUID expertId, Instant start) {
        return ExpertRequestStatusChanged.newBuilder().setMeta(meta(EHIME, "coordinator", Instant.now()))
                .setRequestId(UUID.randomUUID()).setMunicipalityCode(town).setTransition(transition)
                .setFromStatus("PROPOSED").setToStatus("confirm".equals(transition) ? "CONFIRMED" : "TRIAGED")
                .setExpertId(expertId).setVisitStart(start).setVisitEnd(start.plusSeconds(7200)).build();
    }
}

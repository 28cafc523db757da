package jp.lg.platform.notifications;

import java.util.Optional;
import jp.lg.platform.events.messaging.ChannelChanged;
import jp.lg.platform.events.messaging.MessageEdited;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.events.messaging.MessageResponseRecorded;
import jp.lg.platform.events.messaging.MessageRetracted;
import jp.lg.platform.events.messaging.ReminderDue;
import jp.lg.platform.events.notifications.NotificationRequested;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Turns each message event into one notification per person who must hear of it, keyed by the
 * recipient's user id. Posts go to the channel's members but the author, under their preferences;
 * an alert and its correction go to every member regardless; a retraction or an ordinary edit
 * notifies nobody; a reminder goes to the pending town's members; a response goes to the author of
 * the message (an RSVP promotion to the person promoted). Posts are remembered in the local store
 * {@value NotificationRouter#POSTS_STORE} (same partition: the key is the channel id) to know whom
 * a response is for.
 */
final class MessageRouting implements Processor<String, SpecificRecord, String, NotificationRequested> {

    private ProcessorContext<String, NotificationRequested> context;
    private RouterDirectory directory;
    private KeyValueStore<String, MessagePosted> posts;

    @Override
    public void init(ProcessorContext<String, NotificationRequested> context) {
        this.context = context;
        this.directory = new RouterDirectory(context::getStateStore);
        this.posts = context.getStateStore(NotificationRouter.POSTS_STORE);
    }

    @Override
    public void process(Record<String, SpecificRecord> record) {
        SpecificRecord value = record.value();
        if (value instanceof MessagePosted post) {
            posted(record, post);
        } else if (value instanceof MessageEdited edit && edit.getCorrection() && "ALERT".equals(edit.getKind())) {
            openChannel(edit.getChannelId().toString()).ifPresent(channel -> toMembers(record,
                    NotificationTexts.alertCorrected(edit, channel), channel, edit.getMeta().getActor()));
        } else if (value instanceof MessageRetracted retracted) {
            posts.delete(retracted.getMessageId().toString());
        } else if (value instanceof ReminderDue due) {
            reminded(record, due);
        } else if (value instanceof MessageResponseRecorded response) {
            responded(record, response);
        }
    }

    private void posted(Record<String, SpecificRecord> record, MessagePosted post) {
        posts.put(post.getMessageId().toString(), post);
        openChannel(post.getChannelId().toString()).ifPresent(channel -> {
            NotificationDraft draft = NotificationTexts.posted(post, channel);
            for (Recipient member : directory.members(channel)) {
                if (!member.userId().equals(post.getAuthorUserId())) {
                    boolean mentioned = post.getMentionsAll() || post.getMentionedUserIds().contains(member.userId())
                            || post.getMentionedTenantCodes().contains(member.tenantCode());
                    send(record, draft, member, mentioned);
                }
            }
        });
    }

    private void reminded(Record<String, SpecificRecord> record, ReminderDue due) {
        openChannel(due.getChannelId().toString()).ifPresent(channel -> {
            MessagePosted post = posts.get(due.getMessageId().toString());
            NotificationDraft draft = NotificationTexts.reminder(due, channel, post == null ? "" : post.getText());
            directory.members(channel).stream().filter(m -> m.tenantCode().equals(due.getTenantCode()))
                    .forEach(member -> send(record, draft, member, true));
        });
    }

    private void responded(Record<String, SpecificRecord> record, MessageResponseRecorded response) {
        MessagePosted post = posts.get(response.getMessageId().toString());
        String text = post == null ? "" : post.getText();
        if ("RSVP_PROMOTED".equals(response.getResponse())) {
            directory.person(response.getUserId()).ifPresent(promoted ->
                    send(record, NotificationTexts.response(response, promoted.displayName(), text), promoted, true));
            return;
        }
        if (post == null || post.getAuthorUserId().equals(response.getUserId())) {
            return;
        }
        String responder = directory.person(response.getUserId()).map(Recipient::displayName).orElse(response.getUserId());
        directory.person(post.getAuthorUserId()).ifPresent(author ->
                send(record, NotificationTexts.response(response, responder, text), author, true));
    }

    private void toMembers(Record<String, SpecificRecord> record, NotificationDraft draft, ChannelChanged channel,
            String except) {
        for (Recipient member : directory.members(channel)) {
            if (!member.userId().equals(except)) {
                send(record, draft, member, false);
            }
        }
    }

    private Optional<ChannelChanged> openChannel(String channelId) {
        return directory.channel(channelId).filter(channel -> !channel.getArchived());
    }

    private void send(Record<String, SpecificRecord> record, NotificationDraft draft, Recipient recipient, boolean directed) {
        draft.addressedTo(recipient, directory.preferences(recipient.userId()), directed).ifPresent(notification ->
                context.forward(record.withKey(recipient.userId()).withValue(notification)));
    }
}

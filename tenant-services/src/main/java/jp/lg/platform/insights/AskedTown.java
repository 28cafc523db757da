package jp.lg.platform.insights;

import java.time.Instant;
import java.util.List;
import jp.lg.platform.events.messaging.ChannelChanged;
import jp.lg.platform.events.messaging.MessagePosted;

/**
 * A town asked to respond to a message: an inquiry (照会) to answer or an announcement (通知) to
 * acknowledge, asked of every member town of the channel but the author's, as messaging records it.
 * {@code response} is what counts as responding (ANSWERED, ACKNOWLEDGED); {@code postedAt} is epoch
 * milliseconds (UTC). Keyed like {@link FirstResponse}, so the two join.
 */
record AskedTown(String town, String response, long postedAt) {

    /** The response a message kind asks every town for, or null when it asks none that is counted. */
    static String responseAskedBy(MessagePosted posted) {
        return switch (posted.getKind()) {
            case "INQUIRY" -> "ANSWERED";
            case "ANNOUNCEMENT" -> "ACKNOWLEDGED";
            default -> null;
        };
    }

    /** Every town the message asks: the channel's member tenants but the author's. */
    static List<AskedTown> of(MessagePosted posted, ChannelChanged channel) {
        String response = responseAskedBy(posted);
        return channel.getTenantCodes().stream().filter(t -> !t.equals(posted.getMeta().getTenantCode()))
                .map(t -> new AskedTown(t, response, posted.getMeta().getOccurredAt().toEpochMilli())).toList();
    }

    static String key(MessagePosted posted, AskedTown asked) {
        return posted.getMessageId() + "|" + asked.town + "|" + asked.response;
    }

    static AskedTown first(AskedTown a, AskedTown b) {
        return a;
    }

    /** Its part in the asked cell of the month the message was posted in (Tokyo): asked once, answered or not. */
    RequestHistory.Contribution contribution(FirstResponse first) {
        return new RequestHistory.Contribution(new CellKey(CellKey.Kind.ASKED, town,
                Periods.monthOf(Instant.ofEpochMilli(postedAt)), response, "-"), Cell.asked(first != null));
    }
}

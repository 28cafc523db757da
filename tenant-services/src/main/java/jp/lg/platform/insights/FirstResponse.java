package jp.lg.platform.insights;

import java.time.Instant;
import jp.lg.platform.events.messaging.MessageResponseRecorded;

/**
 * A town's first response of one kind (ANSWERED an inquiry, ACKNOWLEDGED an announcement) to one
 * message: when the message was posted and when the town first responded, epoch milliseconds (UTC).
 * Keeping the earliest makes re-delivered and late events harmless: {@link #earlier} is idempotent and
 * order-independent. Later answer changes do not move the first answer.
 */
record FirstResponse(String town, String response, long postedAt, long respondedAt) {

    static FirstResponse of(MessageResponseRecorded r) {
        return new FirstResponse(r.getTenantCode(), r.getResponse(), r.getMessagePostedAt().toEpochMilli(),
                r.getMeta().getOccurredAt().toEpochMilli());
    }

    /** The key of one town's responses of one kind to one message. */
    static String key(MessageResponseRecorded r) {
        return r.getMessageId() + "|" + r.getTenantCode() + "|" + r.getResponse();
    }

    static FirstResponse earlier(FirstResponse a, FirstResponse b) {
        return b.respondedAt < a.respondedAt ? b : a;
    }

    /**
     * Its part in the response cell of the month the message was posted in (Tokyo): one response, whole
     * hours from posting to response (rounded down, never below 0). The cell's programme slot holds the
     * response kind.
     */
    RequestHistory.Contribution contribution() {
        int hours = (int) Math.max(0, (respondedAt - postedAt) / 3_600_000L);
        return new RequestHistory.Contribution(new CellKey(CellKey.Kind.RESPONSE, town,
                Periods.monthOf(Instant.ofEpochMilli(postedAt)), response, "-"),
                Cell.duration(hours));
    }
}

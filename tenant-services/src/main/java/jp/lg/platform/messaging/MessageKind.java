package jp.lg.platform.messaging;

/**
 * What a message asks of the towns that read it: nothing ({@code TEXT}), an acknowledgement by a
 * deadline ({@code ANNOUNCEMENT}, お知らせ), an answer by a deadline ({@code INQUIRY}, 照会), a seat
 * at a seminar ({@code EVENT}, 研修・説明会) or immediate attention ({@code ALERT}, 緊急連絡).
 */
public enum MessageKind {
    TEXT, ANNOUNCEMENT, INQUIRY, EVENT, ALERT;

    /** Whether the message must carry a deadline. */
    public boolean needsDeadline() {
        return this == ANNOUNCEMENT || this == INQUIRY || this == EVENT;
    }

    /** Whether each town of the channel owes a response by the deadline (and is reminded before it). */
    public boolean asksEveryTown() {
        return this == ANNOUNCEMENT || this == INQUIRY;
    }
}

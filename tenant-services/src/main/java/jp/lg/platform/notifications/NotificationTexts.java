package jp.lg.platform.notifications;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.messaging.ChannelChanged;
import jp.lg.platform.events.messaging.MessageEdited;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.events.messaging.MessageResponseRecorded;
import jp.lg.platform.events.messaging.ReminderDue;

/** The words of each notification: a title in Japanese and English and a plain-text body. */
final class NotificationTexts {

    /** Bodies longer than this are cut, with an ellipsis; the whole text is one link away. */
    static final int BODY_LIMIT = 500;
    private static final DateTimeFormatter JA = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(QuietHours.TOKYO);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'JST'").withZone(QuietHours.TOKYO);

    private NotificationTexts() {}

    static NotificationDraft posted(MessagePosted post, ChannelChanged channel) {
        String ch = channel.getName();
        String who = post.getAuthorName();
        String id = post.getMessageId().toString();
        String channelId = post.getChannelId().toString();
        String link = "/api/v1/messages/" + id;
        String body = cut(post.getText()) + deadline(post.getKind(), post.getDeadline());
        return switch (post.getKind()) {
            case "ALERT" -> NotificationDraft.of(post.getMeta(), "ALERT", true, "【緊急】「" + ch + "」の緊急連絡",
                    "[ALERT] " + ch, body, channelId, id, null, link);
            case "ANNOUNCEMENT" -> NotificationDraft.of(post.getMeta(), "ANNOUNCEMENT", false,
                    "「" + ch + "」にお知らせ（" + who + "）", "Announcement in " + ch + " from " + who, body, channelId, id,
                    null, link);
            case "INQUIRY" -> NotificationDraft.of(post.getMeta(), "INQUIRY", false, "「" + ch + "」に照会（" + who + "）",
                    "Inquiry in " + ch + " from " + who, body, channelId, id, null, link);
            case "EVENT" -> NotificationDraft.of(post.getMeta(), "EVENT", false, "「" + ch + "」に研修・イベントの案内（" + who + "）",
                    "Seminar in " + ch + " from " + who, body, channelId, id, null, link);
            default -> new NotificationDraft(post.getMeta(), "MESSAGE", "MENTION", false,
                    who + "さんが「" + ch + "」に投稿しました", who + " posted in " + ch,
                    who + "さんが「" + ch + "」であなたをメンションしました", who + " mentioned you in " + ch,
                    body, channelId, id, null, link);
        };
    }

    static NotificationDraft alertCorrected(MessageEdited edit, ChannelChanged channel) {
        String ch = channel.getName();
        return NotificationDraft.of(edit.getMeta(), "ALERT_CORRECTION", true, "【訂正】「" + ch + "」の緊急連絡が訂正されました",
                "[CORRECTION] The alert in " + ch + " was corrected", cut(edit.getText()), edit.getChannelId().toString(),
                edit.getMessageId().toString(), null, "/api/v1/messages/" + edit.getMessageId());
    }

    static NotificationDraft reminder(ReminderDue due, ChannelChanged channel, String messageText) {
        String ch = channel.getName();
        boolean inquiry = "INQUIRY".equals(due.getKind());
        String titleJa = "【リマインド】「" + ch + "」の" + (inquiry ? "照会への回答" : "お知らせの確認") + "期限は"
                + JA.format(due.getDeadline()) + "です";
        String titleEn = "Reminder: " + (inquiry ? "answer the inquiry" : "acknowledge the announcement") + " in " + ch
                + " by " + EN.format(due.getDeadline());
        return NotificationDraft.of(due.getMeta(), "REMINDER", false, titleJa, titleEn, cut(messageText),
                due.getChannelId().toString(), due.getMessageId().toString(), null, "/api/v1/messages/" + due.getMessageId());
    }

    static NotificationDraft response(MessageResponseRecorded response, String responderName, String messageText) {
        String who = responderName + "（" + response.getTenantCode() + "）";
        String[] title = switch (response.getResponse()) {
            case "ACKNOWLEDGED" -> new String[] {who + "がお知らせを確認しました", responderName + " acknowledged your announcement"};
            case "ANSWERED", "ANSWER_CHANGED" -> new String[] {who + "が照会に回答しました", responderName + " answered your inquiry"};
            case "RSVP_CONFIRMED" -> new String[] {who + "が参加登録しました", responderName + " registered for your seminar"};
            case "RSVP_WAITLISTED" -> new String[] {who + "がキャンセル待ちになりました", responderName + " is on your seminar's waitlist"};
            case "RSVP_CANCELLED" -> new String[] {who + "が参加を取り消しました", responderName + " cancelled their seat"};
            case "RSVP_PROMOTED" -> new String[] {"キャンセル待ちから参加が確定しました", "You have a seat: promoted from the waitlist"};
            default -> new String[] {who + "が応答しました", responderName + " responded"};
        };
        return NotificationDraft.of(response.getMeta(), "RESPONSE", false, title[0], title[1], cut(messageText),
                response.getChannelId().toString(), response.getMessageId().toString(), null,
                "/api/v1/messages/" + response.getMessageId());
    }

    static NotificationDraft expertVisit(ExpertRequestStatusChanged change) {
        boolean confirmed = "confirm".equals(change.getTransition());
        String whenJa = change.getVisitStart() == null ? "" : "（" + JA.format(change.getVisitStart()) + "）";
        String whenEn = change.getVisitStart() == null ? "" : " (" + EN.format(change.getVisitStart()) + ")";
        String body = (change.getVisitStart() == null ? ""
                : "訪問日時 / Visit: " + JA.format(change.getVisitStart()) + " – " + JA.format(change.getVisitEnd()) + "\n")
                + (change.getReason() == null ? "" : "理由 / Reason: " + cut(change.getReason()));
        return NotificationDraft.of(change.getMeta(), "EXPERT_VISIT", false,
                (confirmed ? "専門官の訪問が確定しました" : "専門官の訪問が取り消されました") + whenJa,
                (confirmed ? "Expert visit confirmed" : "Expert visit released") + whenEn, body.strip(), null, null,
                change.getRequestId().toString(), "/api/v1/expert-requests/" + change.getRequestId());
    }

    private static String deadline(String kind, Instant deadline) {
        if (deadline == null) {
            return "";
        }
        String what = switch (kind) {
            case "INQUIRY" -> "回答期限 / Answer by";
            case "EVENT" -> "申込期限 / RSVP by";
            default -> "確認期限 / Acknowledge by";
        };
        return "\n\n" + what + ": " + JA.format(deadline) + " (" + EN.format(deadline) + ")";
    }

    static String cut(String text) {
        if (text == null) {
            return "";
        }
        return text.codePointCount(0, text.length()) <= BODY_LIMIT ? text
                : text.substring(0, text.offsetByCodePoints(0, BODY_LIMIT)) + "…";
    }
}

package jp.lg.platform.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of the inbox, newest first, with how many of all the person's notifications are unread. */
@Schema(name = "NotificationPage")
public record NotificationPage(List<NotificationView> items,
        @Schema(nullable = true, description = "Pass as ?cursor= for the next (older) page; absent on the last") String nextCursor,
        @Schema(description = "Unread notifications in the whole inbox", example = "3") long unreadCount) {}

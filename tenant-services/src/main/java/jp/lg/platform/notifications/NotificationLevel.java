package jp.lg.platform.notifications;

/** How much of a channel a person wants to hear about: everything, only what mentions them, or nothing. */
public enum NotificationLevel {
    ALL,
    MENTIONS,
    NONE
}

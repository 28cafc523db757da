package jp.lg.platform.notifications;

/** How e-mail is sent: each notification at once, or gathered into one mail an hour or a day. */
public enum Digest {
    NONE,
    HOURLY,
    DAILY
}

package jp.lg.platform.messaging;

/**
 * The kinds of channel: {@code VERTICAL} (縦連携, the lead with one town), {@code HORIZONTAL}
 * (横連携, every town of a collaboration and its lead), both provisioned from the directory, and
 * {@code TOPIC} (opt-in groups) and {@code DIRECT} (named people), which staff create.
 */
public enum ChannelKind {
    VERTICAL, HORIZONTAL, TOPIC, DIRECT;

    /** Whether whole tenants take part (every person of each), rather than people one by one. */
    public boolean isProvisioned() {
        return this == VERTICAL || this == HORIZONTAL;
    }
}

package jp.lg.platform.experts.scheduling;

/** How a visit is held: at the town office (訪問), or online (オンライン), which needs no travel. */
public enum VisitMode {
    ON_SITE,
    ONLINE
}

package jp.lg.platform.procedures;

/** How an application reached the town: online by the resident, or at the counter entered by staff (書かない窓口). */
public enum Channel {
    ONLINE,
    COUNTER
}

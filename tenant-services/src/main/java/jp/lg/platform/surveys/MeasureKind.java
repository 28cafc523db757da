package jp.lg.platform.surveys;

/** What a measure's values are: whole numbers (件), numbers with decimals (時間) or a percentage 0–100. */
public enum MeasureKind {
    INTEGER,
    DECIMAL,
    /** A share, 0–100; results show it per town and as a mean, never divided by population. */
    PERCENT
}

package jp.lg.platform.procedures;

/** The kinds of value a form field takes; a value of another JSON type is refused. */
public enum FieldType {
    /** A JSON string; {@code minLength}/{@code maxLength} apply. */
    TEXT,
    /** A JSON number; {@code min}/{@code max} apply. */
    NUMBER,
    /** A JSON string {@code yyyy-MM-dd}. */
    DATE,
    /** A JSON string, one of the field's {@code choices}. */
    CHOICE,
    /** {@code true} or {@code false}. */
    BOOLEAN
}

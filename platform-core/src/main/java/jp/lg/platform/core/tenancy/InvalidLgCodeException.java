package jp.lg.platform.core.tenancy;

/** Thrown when a string is not a valid {@link LgCode}; the message says why. */
public final class InvalidLgCodeException extends IllegalArgumentException {

    private final String reason;

    public InvalidLgCodeException(String value, String reason) {
        super("'" + value + "' is not an LG code: " + reason);
        this.reason = reason;
    }

    /** Why the value was refused, without the value itself. */
    public String reason() {
        return reason;
    }
}

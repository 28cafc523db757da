package jp.lg.platform.schemas;

/** Bytes that are not an event this build can read; the message says why. Never retried. */
public final class UndecodableEventException extends RuntimeException {

    public UndecodableEventException(String message) {
        super(message);
    }
}

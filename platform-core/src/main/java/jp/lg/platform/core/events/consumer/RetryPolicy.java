package jp.lg.platform.core.events.consumer;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.schemas.UndecodableEventException;
import org.jdbi.v3.core.ConnectionException;

/**
 * How a consumer retries a failing event: up to {@code maxAttempts} tries with exponential backoff
 * (starting at {@code initialBackoff}, doubling, capped at {@code maxBackoff}), then the record is
 * dead-lettered. Failures that retrying cannot fix ({@link #isPermanent}) are dead-lettered after
 * the first try; failures to reach PostgreSQL ({@link #isInfrastructure}) are not the event's fault,
 * so the consumer waits and retries them for as long as it takes instead of dead-lettering.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /**
     * Exceptions that say the event itself is wrong: it cannot be decoded, has no envelope or an
     * unexpected type ({@link IllegalArgumentException}, {@link ClassCastException}), or breaks a
     * domain rule ({@link ProblemException}). The same event would fail the same way again.
     */
    private static final Set<Class<? extends Throwable>> PERMANENT = Set.of(UndecodableEventException.class,
            IllegalArgumentException.class, ClassCastException.class, ProblemException.class);

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must satisfy 0 <= initial <= max");
        }
    }

    /** Five attempts, 100 ms doubling, at most 5 s between attempts (about 1.5 s in all). */
    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    /** The pause after failed attempt number {@code attempt} (1-based). */
    public Duration backoffAfter(int attempt) {
        Duration backoff = initialBackoff;
        for (int i = 1; i < attempt && backoff.compareTo(maxBackoff) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }

    /** Whether another attempt follows failed attempt number {@code attempt} with this error. */
    public boolean retriesAfter(int attempt, Throwable error) {
        return isInfrastructure(error) || (attempt < maxAttempts && !isPermanent(error));
    }

    /** Whether {@code error} (or one of its causes) says the event can never be processed. */
    public static boolean isPermanent(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : PERMANENT) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code error} means PostgreSQL could not be reached or refused work for a while
     * (SQLSTATE classes 08 connection, 53 insufficient resources, 57P operator intervention).
     */
    public static boolean isInfrastructure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                    || sql.getSQLState().startsWith("53") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}

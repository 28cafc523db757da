package jp.lg.platform.procedures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * The rate limit of the public endpoints, per client address: a token bucket (Bucket4j) of
 * {@code capacity} requests refilled evenly over {@code period}. Buckets of addresses not seen for
 * an hour are forgotten. Thread-safe.
 */
final class PublicLimits {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();
    private final int capacity;
    private final Duration period;

    PublicLimits(int capacity, Duration period) {
        this.capacity = capacity;
        this.period = period;
    }

    /** Takes one request from the client's bucket; 429 {@code too-many-requests} when it is empty. */
    void acquire(String client) {
        Bucket bucket = buckets.get(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build()).build());
        if (!bucket.tryConsume(1)) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "しばらくしてから再度お試しください / Too many requests"
                    + " from your address; at most " + capacity + " per " + period.toMinutes() + " minutes. Try again later.");
        }
    }
}

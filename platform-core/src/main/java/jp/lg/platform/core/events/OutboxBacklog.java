package jp.lg.platform.core.events;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.Jdbi;

/** How many events wait in the outbox and for how long the oldest has waited. */
public record OutboxBacklog(long pending, Duration oldestAge) {

    public static OutboxBacklog read(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) as pending, min(created_at) as oldest"
                        + " from outbox where sent_at is null")
                .map((rs, ctx) -> {
                    OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
                    Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), Instant.now());
                    return new OutboxBacklog(rs.getLong("pending"), age.isNegative() ? Duration.ZERO : age);
                })
                .one());
    }
}

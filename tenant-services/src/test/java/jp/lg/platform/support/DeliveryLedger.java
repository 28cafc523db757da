package jp.lg.platform.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * What the database says about the delivery of directory events for a set of tenants: the
 * outbox (what was published, in command order) against {@code tenant_history} (what the
 * consumer applied, in the order it applied it). Read as the schema owner, outside any tenant.
 */
public final class DeliveryLedger {

    private static final String TOPIC = "lg.directory.tenants";

    private final String[] codes;

    public DeliveryLedger(List<String> codes) {
        this.codes = codes.toArray(String[]::new);
    }

    /** Tenants from a JSON array fixture, as mutable objects for commands. */
    public static List<ObjectNode> tenantsFrom(String fixture) {
        List<ObjectNode> tenants = new ArrayList<>();
        Json.read(PlatformApp.fixtureText(fixture)).forEach(t -> tenants.add((ObjectNode) t));
        return tenants;
    }

    public long unsent() {
        return count("select count(*) from outbox where sent_at is null and topic = '" + TOPIC + "' and record_key = any(:codes)");
    }

    public long sent() {
        return count("select count(*) from outbox where sent_at is not null and topic = '" + TOPIC + "' and record_key = any(:codes)");
    }

    public long consumed() {
        return count("select count(*) from tenant_history where tenant_code = any(:codes)");
    }

    /** Event ids of one tenant in the order the commands committed them. */
    public List<String> publishedInOrder(String code) {
        return db().withHandle(h -> h.createQuery("select event_id::text from outbox where record_key = :code"
                + " and topic = '" + TOPIC + "' order by id").bind("code", code).mapTo(String.class).list());
    }

    /** Event ids of one tenant in the order the consumer applied them. */
    public List<String> consumedInOrder(String code) {
        return db().withHandle(h -> h.createQuery("select event_id::text from tenant_history where tenant_code = :code"
                + " order by seq").bind("code", code).mapTo(String.class).list());
    }

    /** Waits until {@code count} reaches {@code expected}, polling; returns the last value seen. */
    public static long awaitAtLeast(LongSupplier count, long expected, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        long seen = count.getAsLong();
        while (seen < expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            seen = count.getAsLong();
        }
        return seen;
    }

    private long count(String sql) {
        return db().withHandle(h -> h.createQuery(sql).bind("codes", codes).mapTo(Long.class).one());
    }

    private static Jdbi db() {
        return PlatformStack.get().ownerJdbi();
    }
}

package jp.lg.platform.core.events.consumer;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Names of the Kafka headers a dead letter carries (all UTF-8 text), and of the headers that go
 * with replays. The original record's own headers are kept beside them.
 */
public final class DeadLetterHeaders {

    /** Every header the dead-letter machinery adds starts with this. */
    public static final String PREFIX = "lg.dlq.";
    /** Exception class and message, at most {@link #MAX_ERROR_LENGTH} characters. */
    public static final String ERROR = PREFIX + "error";
    public static final String TOPIC = PREFIX + "topic";
    public static final String PARTITION = PREFIX + "partition";
    public static final String OFFSET = PREFIX + "offset";
    /** Name of the consumer (its Kafka group id) that gave up on the record. */
    public static final String CONSUMER = PREFIX + "consumer";
    /** ISO-8601 instant. */
    public static final String FAILED_AT = PREFIX + "failed-at";
    /** On a replayed record: {@code <dlq topic>:<partition>:<offset>} it was replayed from. */
    public static final String REPLAYED_FROM = "lg.replayed-from";
    /** The event id the outbox relay puts on every record it publishes. */
    public static final String EVENT_ID = "lg.event-id";

    public static final int MAX_ERROR_LENGTH = 1000;

    private DeadLetterHeaders() {}

    /** The last value of header {@code name} as text, if present. */
    public static Optional<String> text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null
                ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    /** {@code headers} without the dead-letter ones, as a new header set. */
    public static Headers withoutDeadLetterHeaders(Headers headers) {
        Headers copy = new RecordHeaders();
        for (Header header : headers) {
            if (!header.key().startsWith(PREFIX)) {
                copy.add(header);
            }
        }
        return copy;
    }

    static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    static String describe(Throwable error) {
        String text = error.getClass().getName() + ": " + error.getMessage();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}

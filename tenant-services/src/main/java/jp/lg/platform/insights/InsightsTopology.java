package jp.lg.platform.insights;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.lg.platform.events.messaging.MessageResponseRecorded;
import jp.lg.platform.experts.ExpertTopics;
import jp.lg.platform.messaging.MessagingTopics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Expert-sharing metrics (専門官派遣の指標) from {@code lg.experts.requests}. Events are folded per
 * request id into a {@link RequestHistory} (a set of events, so duplicates do not count twice and a late
 * event changes only its own request); each request then contributes to one demand cell (the month it
 * wanted the visit) and, while confirmed or completed, one visit cell (the month of the visit). Streams'
 * table aggregation subtracts a request's old contribution when it changes, so a released visit or a
 * moved one leaves its old month. Month cells roll up into fiscal-year cells the same way. Every cell's
 * latest figures go to the {@link MetricSink}. Rebuilding from the topic gives the same cells.
 *
 * <p>From {@code lg.messaging.messages}, each town's first answer to an inquiry and first
 * acknowledgement of an announcement (the earliest kept, so repeats and late events change nothing)
 * become response cells of hours to respond, by the month the message was posted.
 */
public final class InsightsTopology {

    /** Request id → {@link RequestHistory}. */
    static final String REQUESTS_STORE = "insights-requests";
    /** Message id, town and response kind → {@link FirstResponse}. */
    static final String RESPONSES_STORE = "insights-first-responses";

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<RequestHistory> HISTORY = JsonSerde.of(RequestHistory.class);
    private static final Serde<Cell> CELLS = JsonSerde.of(Cell.class);
    private static final Serde<FirstResponse> RESPONSES = JsonSerde.of(FirstResponse.class);
    private static final List<String> FIRST_RESPONSES = List.of("ANSWERED", "ACKNOWLEDGED");

    private InsightsTopology() {}

    /** The topology; pure apart from handing every cell update to {@code sink}. */
    static Topology buildTopology(MetricSink sink) {
        StreamsBuilder builder = new StreamsBuilder();
        KTable<String, RequestHistory> requests = builder
                .stream(ExpertTopics.REQUESTS.name(),
                        Consumed.with(ExpertTopics.REQUESTS.keySerde(), ExpertTopics.REQUESTS.valueSerde()))
                .groupByKey(Grouped.with("insights-requests-by-id", KEYS, ExpertTopics.REQUESTS.valueSerde()))
                .aggregate(RequestHistory::empty, (id, event, history) -> history.with((SpecificRecord) event),
                        Materialized.<String, RequestHistory, KeyValueStore<Bytes, byte[]>>as(REQUESTS_STORE)
                                .withKeySerde(KEYS).withValueSerde(HISTORY));
        for (CellKey.Kind kind : List.of(CellKey.Kind.DEMAND, CellKey.Kind.VISIT)) {
            Function<RequestHistory, Optional<RequestHistory.Contribution>> part =
                    kind == CellKey.Kind.DEMAND ? RequestHistory::demand : RequestHistory::visit;
            KTable<String, Cell> months = cells(requests
                    .filter((id, history) -> part.apply(history).isPresent(), Materialized.with(KEYS, HISTORY))
                    .groupBy((id, history) -> pair(part.apply(history).orElseThrow()),
                            Grouped.with("insights-" + name(kind) + "-months", KEYS, CELLS)), "insights-" + name(kind) + "-months");
            monthsAndYears(months, kind, sink);
        }
        KTable<String, Cell> responses = cells(firstResponses(builder)
                .groupBy((key, first) -> pair(first.contribution()),
                        Grouped.with("insights-response-months", KEYS, CELLS)), "insights-response-months");
        monthsAndYears(responses, CellKey.Kind.RESPONSE, sink);
        return builder.build();
    }

    /** Each town's first answer to each inquiry and first acknowledgement of each announcement. */
    private static KTable<String, FirstResponse> firstResponses(StreamsBuilder builder) {
        return builder.stream(MessagingTopics.MESSAGES.name(),
                        Consumed.with(MessagingTopics.MESSAGES.keySerde(), MessagingTopics.MESSAGES.valueSerde()))
                .filter((key, event) -> event instanceof MessageResponseRecorded r
                        && FIRST_RESPONSES.contains(r.getResponse()))
                .map((key, event) -> KeyValue.pair(FirstResponse.key((MessageResponseRecorded) event),
                        FirstResponse.of((MessageResponseRecorded) event)))
                .groupByKey(Grouped.with("insights-responses-by-message", KEYS, RESPONSES))
                .reduce(FirstResponse::earlier,
                        Materialized.<String, FirstResponse, KeyValueStore<Bytes, byte[]>>as(RESPONSES_STORE)
                                .withKeySerde(KEYS).withValueSerde(RESPONSES));
    }

    /** Rolls month cells up into fiscal years and hands both to the sink. */
    private static void monthsAndYears(KTable<String, Cell> months, CellKey.Kind kind, MetricSink sink) {
        KTable<String, Cell> years = cells(months
                .groupBy((key, cell) -> KeyValue.pair(CellKey.parse(key).fiscalYear().toString(), cell),
                        Grouped.with("insights-" + name(kind) + "-years", KEYS, CELLS)), "insights-" + name(kind) + "-years");
        months.toStream().foreach((key, cell) -> write(sink, key, cell));
        years.toStream().foreach((key, cell) -> write(sink, key, cell));
    }

    private static KeyValue<String, Cell> pair(RequestHistory.Contribution c) {
        return KeyValue.pair(c.key().toString(), c.cell());
    }

    private static KTable<String, Cell> cells(org.apache.kafka.streams.kstream.KGroupedTable<String, Cell> grouped,
            String store) {
        return grouped.aggregate(() -> Cell.ZERO, (key, cell, total) -> total.plus(cell),
                (key, cell, total) -> total.minus(cell),
                Materialized.<String, Cell, KeyValueStore<Bytes, byte[]>>as(store).withKeySerde(KEYS).withValueSerde(CELLS));
    }

    private static void write(MetricSink sink, String key, Cell cell) {
        sink.write(CellKey.parse(key), cell == null ? Cell.ZERO : cell);
    }

    private static String name(CellKey.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}

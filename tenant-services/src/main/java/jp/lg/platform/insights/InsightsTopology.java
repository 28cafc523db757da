package jp.lg.platform.insights;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.lg.platform.events.messaging.ChannelChanged;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.events.messaging.MessageResponseRecorded;
import jp.lg.platform.experts.ExpertTopics;
import jp.lg.platform.events.procedures.ApplicationStageChanged;
import jp.lg.platform.messaging.MessagingTopics;
import jp.lg.platform.procedures.ProcedureTopics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Joined;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Expert-sharing metrics (専門官派遣の指標) from {@code lg.experts.requests}. Events are folded per
 * request id into a {@link RequestHistory} (a set of events, so duplicates do not count twice and a late
 * event changes only its own request); each request then contributes to one demand cell (the month it
 * wanted the visit) and, while confirmed or completed, one visit cell (the month of the visit). Streams'
 * table aggregation subtracts a request's old contribution when it changes, so a released visit or a
 * moved one leaves its old month. Only months are kept: a fiscal year is the sum of its months, added up
 * when read ({@link MetricFigures}). Every cell's
 * latest figures go to {@link InsightsTopics#CELLS} (keyed by cell, so compaction keeps the latest), in the
 * same exactly-once transaction as the state that produced them; {@link MetricCellWriter} takes them into
 * PostgreSQL. Rebuilding from the input topics gives the same cells.
 *
 * <p>From {@code lg.messaging.messages}, each town's first answer to an inquiry and first
 * acknowledgement of an announcement (the earliest kept, so repeats and late events change nothing)
 * become response cells of hours to respond, by the month the message was posted. Each town an inquiry or
 * announcement asked (the channel's member towns from {@code lg.messaging.channels}) becomes an asked cell
 * of that month: asked once, and answered (acknowledged) once it has a first response.
 *
 * <p>From {@code lg.procedures.applications}, each application (folded per id into an
 * {@link ApplicationHistory}) counts once in the application cell of its submission month, procedure and
 * channel, with its returns and SLA breaches; each stay in a stage ({@link StageVisit}) adds its hours to
 * the stage cell of the application's submission month, procedure and stage.
 */
public final class InsightsTopology {

    /** Request id → {@link RequestHistory}. */
    static final String REQUESTS_STORE = "insights-requests";
    /** Message id, town and response kind → {@link FirstResponse}. */
    static final String RESPONSES_STORE = "insights-first-responses";

    /** Application id → {@link ApplicationHistory}. */
    static final String APPLICATIONS_STORE = "insights-applications";
    /** Application id, stage and entry time → {@link StageVisit}. */
    static final String STAGES_STORE = "insights-stage-visits";

    /** Channel id → the channel as it stands. */
    static final String CHANNELS_STORE = "insights-channels";
    /** Message id, town and response kind → {@link AskedTown}. */
    static final String ASKED_STORE = "insights-asked-towns";
    /** Message id, town and response kind → the asked town's part in its cell, answered or not. */
    static final String ANSWERED_STORE = "insights-asked-answered";

    private static final Serde<String> KEYS = Serdes.String();
    private static final Serde<RequestHistory> HISTORY = JsonSerde.of(RequestHistory.class);
    private static final Serde<Cell> CELLS = JsonSerde.of(Cell.class);
    private static final Serde<FirstResponse> RESPONSES = JsonSerde.of(FirstResponse.class);
    private static final Serde<AskedTown> ASKED = JsonSerde.of(AskedTown.class);
    private static final Serde<RequestHistory.Contribution> CONTRIBUTIONS = JsonSerde.of(RequestHistory.Contribution.class);
    private static final Serde<ApplicationHistory> APPLICATIONS = JsonSerde.of(ApplicationHistory.class);
    private static final Serde<StageVisit> STAGE_VISITS = JsonSerde.of(StageVisit.class);
    private static final List<String> FIRST_RESPONSES = List.of("ANSWERED", "ACKNOWLEDGED");

    private InsightsTopology() {}

    /** The topology: input topics in, cells out to {@link InsightsTopics#CELLS}. */
    static Topology buildTopology() {
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
                    .filter((id, history) -> part.apply(history).isPresent())
                    .groupBy((id, history) -> pair(part.apply(history).orElseThrow()),
                            Grouped.with("insights-" + name(kind) + "-months", KEYS, CELLS)), "insights-" + name(kind) + "-months");
            toCells(months);
        }
        KStream<String, SpecificRecord> messages = builder.stream(MessagingTopics.MESSAGES.name(),
                Consumed.with(MessagingTopics.MESSAGES.keySerde(), MessagingTopics.MESSAGES.valueSerde()));
        KTable<String, FirstResponse> firsts = firstResponses(messages);
        KTable<String, Cell> responses = cells(firsts
                .groupBy((key, first) -> pair(first.contribution()),
                        Grouped.with("insights-response-months", KEYS, CELLS)), "insights-response-months");
        toCells(responses);
        KTable<String, Cell> asked = cells(askedTowns(builder, messages)
                .leftJoin(firsts, AskedTown::contribution,
                        Materialized.<String, RequestHistory.Contribution, KeyValueStore<Bytes, byte[]>>as(ANSWERED_STORE)
                                .withKeySerde(KEYS).withValueSerde(CONTRIBUTIONS))
                .groupBy((key, contribution) -> pair(contribution),
                        Grouped.with("insights-asked-months", KEYS, CELLS)), "insights-asked-months");
        toCells(asked);
        procedures(builder);
        return builder.build();
    }

    /** Application cells from each application's history, stage cells from each stay in a stage. */
    private static void procedures(StreamsBuilder builder) {
        KStream<String, SpecificRecord> events = builder.stream(ProcedureTopics.APPLICATIONS.name(),
                Consumed.with(ProcedureTopics.APPLICATIONS.keySerde(), ProcedureTopics.APPLICATIONS.valueSerde()));
        KTable<String, ApplicationHistory> applications = events
                .groupByKey(Grouped.with("insights-applications-by-id", KEYS, ProcedureTopics.APPLICATIONS.valueSerde()))
                .aggregate(ApplicationHistory::empty, (id, event, history) -> history.with(event),
                        Materialized.<String, ApplicationHistory, KeyValueStore<Bytes, byte[]>>as(APPLICATIONS_STORE)
                                .withKeySerde(KEYS).withValueSerde(APPLICATIONS));
        toCells(cells(applications
                .filter((id, history) -> history.contribution().isPresent())
                .groupBy((id, history) -> pair(history.contribution().orElseThrow()),
                        Grouped.with("insights-application-months", KEYS, CELLS)), "insights-application-months"));
        KTable<String, StageVisit> stays = events
                .filter((id, event) -> event instanceof ApplicationStageChanged c && StageVisit.leaves(c))
                .map((id, event) -> KeyValue.pair(StageVisit.key((ApplicationStageChanged) event),
                        StageVisit.of((ApplicationStageChanged) event)))
                .groupByKey(Grouped.with("insights-stage-visits-by-entry", KEYS, STAGE_VISITS))
                .reduce(StageVisit::earlier, Materialized.<String, StageVisit, KeyValueStore<Bytes, byte[]>>as(STAGES_STORE)
                        .withKeySerde(KEYS).withValueSerde(STAGE_VISITS));
        toCells(cells(stays.groupBy((key, stay) -> pair(stay.contribution()),
                Grouped.with("insights-stage-months", KEYS, CELLS)), "insights-stage-months"));
    }

    /** Each town's first answer to each inquiry and first acknowledgement of each announcement. */
    private static KTable<String, FirstResponse> firstResponses(KStream<String, SpecificRecord> messages) {
        return messages
                .filter((key, event) -> event instanceof MessageResponseRecorded r
                        && FIRST_RESPONSES.contains(r.getResponse()))
                .map((key, event) -> KeyValue.pair(FirstResponse.key((MessageResponseRecorded) event),
                        FirstResponse.of((MessageResponseRecorded) event)))
                .groupByKey(Grouped.with("insights-responses-by-message", KEYS, RESPONSES))
                .reduce(FirstResponse::earlier,
                        Materialized.<String, FirstResponse, KeyValueStore<Bytes, byte[]>>as(RESPONSES_STORE)
                                .withKeySerde(KEYS).withValueSerde(RESPONSES));
    }

    /**
     * Every town each inquiry and announcement asked (the channel's member towns when it was posted, the
     * author's excepted), keyed like the first responses; a re-delivered posting asks nobody twice.
     */
    private static KTable<String, AskedTown> askedTowns(StreamsBuilder builder, KStream<String, SpecificRecord> messages) {
        KTable<String, ChannelChanged> channels = builder.table(MessagingTopics.CHANNELS.name(),
                Consumed.with(MessagingTopics.CHANNELS.keySerde(), MessagingTopics.CHANNELS.valueSerde()),
                Materialized.<String, ChannelChanged, KeyValueStore<Bytes, byte[]>>as(CHANNELS_STORE)
                        .withKeySerde(KEYS).withValueSerde(MessagingTopics.CHANNELS.valueSerde()));
        return messages
                .filter((channel, event) -> event instanceof MessagePosted p && AskedTown.responseAskedBy(p) != null)
                .join(channels, (event, channel) -> AskedTown.of((MessagePosted) event, channel).stream()
                        .map(a -> KeyValue.pair(AskedTown.key((MessagePosted) event, a), a)).toList(),
                        Joined.with(KEYS, MessagingTopics.MESSAGES.valueSerde(), MessagingTopics.CHANNELS.valueSerde()))
                .flatMap((channel, asked) -> asked)
                .groupByKey(Grouped.with("insights-asked-by-message", KEYS, ASKED))
                .reduce(AskedTown::first, Materialized.<String, AskedTown, KeyValueStore<Bytes, byte[]>>as(ASKED_STORE)
                        .withKeySerde(KEYS).withValueSerde(ASKED));
    }

    /**
     * Sends every change of a month cell to the cells topic. Fiscal years are not kept here: a year is the
     * sum of its twelve month cells, which {@link MetricFigures} adds up when it reads them.
     */
    private static void toCells(KTable<String, Cell> months) {
        months.toStream().mapValues(cell -> cell == null ? Cell.ZERO : cell)
                .to(InsightsTopics.CELLS.name(), Produced.with(KEYS, InsightsTopics.CELLS.valueSerde()));
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

    private static String name(CellKey.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}

package jp.lg.platform.insights;

import static jp.lg.platform.insights.RequestEvents.IMABARI;
import static jp.lg.platform.insights.RequestEvents.NIIHAMA;
import static jp.lg.platform.insights.RequestEvents.SAIJO;
import static jp.lg.platform.insights.RequestEvents.changed;
import static jp.lg.platform.insights.RequestEvents.confirmed;
import static jp.lg.platform.insights.RequestEvents.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.messaging.ChannelChanged;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.events.messaging.MessageResponseRecorded;
import jp.lg.platform.experts.ExpertTopics;
import jp.lg.platform.events.procedures.ApplicationStageChanged;
import jp.lg.platform.events.procedures.ApplicationStageOverdue;
import jp.lg.platform.messaging.MessagingTopics;
import jp.lg.platform.procedures.ProcedureTopics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insights topology on {@link TopologyTestDriver}: each expert-sharing and response metric, late and duplicate
 * events, rebuild.
 */
class InsightsTopologyTest {

    private static final UUID CHANNEL = UUID.randomUUID();
    private static final String EHIME = "380008";

    @TempDir
    Path stateDir;

    @Test
    void requestsAreCountedInTheMonthAndFiscalYearTheyWantedTheVisitAndADuplicateCountsOnce() {
        UUID march = UUID.randomUUID();
        UUID april = UUID.randomUUID();
        SpecificRecord first = submitted(march, SAIJO, "design-ux", "2030-01-10T09:00", "2030-03-25T10:00");

        Map<CellKey, Cell> cells = run(List.of(first,
                submitted(april, SAIJO, "design-ux", "2030-01-11T09:00", "2030-04-02T10:00"), first));

        assertThat(figure(cells, "expert-requests", SAIJO, "2030-03")).isEqualTo(1);
        assertThat(figure(cells, "expert-requests", SAIJO, "2030-04")).isEqualTo(1);
        assertThat(figure(cells, "expert-requests", SAIJO, "FY2029")).isEqualTo(1);
        assertThat(figure(cells, "expert-requests", SAIJO, "FY2030")).isEqualTo(1);
    }

    @Test
    void visitsAreCountedInTheMonthOfTheVisitAndAReleasedVisitLeavesItForTheNewDate() {
        UUID id = UUID.randomUUID();
        List<SpecificRecord> events = new ArrayList<>(confirmed(id, SAIJO, "2030-04-01T09:00", "2030-05-20T10:00"));
        events.add(changed(id, SAIJO, "release", "CONFIRMED", "TRIAGED", "2030-05-01T09:00", "2030-05-20T10:00"));
        events.add(changed(id, SAIJO, "confirm", "PROPOSED", "CONFIRMED", "2030-05-02T09:00", "2030-06-03T10:00"));
        events.add(changed(id, SAIJO, "complete", "CONFIRMED", "COMPLETED", "2030-06-04T09:00", "2030-06-03T10:00"));

        Map<CellKey, Cell> cells = run(events);

        assertThat(figure(cells, "expert-visits-confirmed", SAIJO, "2030-05")).isZero();
        assertThat(figure(cells, "expert-visits-confirmed", SAIJO, "2030-06")).isEqualTo(1);
        assertThat(figure(cells, "expert-visits-completed", SAIJO, "2030-06")).isEqualTo(1);
        assertThat(figure(cells, "expert-visits-completed", SAIJO, "FY2030")).isEqualTo(1);
        assertThat(figure(cells, "expert-request-to-visit-days-median", SAIJO, "2030-06")).isEqualTo(63);
    }

    @Test
    void aLateEventForAnEarlierMonthLandsInItsOwnMonthAndLeavesTheLaterOnesAlone() {
        UUID june = UUID.randomUUID();
        UUID april = UUID.randomUUID();
        List<SpecificRecord> events = new ArrayList<>(confirmed(june, IMABARI, "2030-05-01T09:00", "2030-06-10T10:00"));
        events.addAll(confirmed(april, IMABARI, "2030-03-01T09:00", "2030-04-15T10:00"));

        Map<CellKey, Cell> cells = run(events);

        assertThat(figure(cells, "expert-visits-confirmed", IMABARI, "2030-04")).isEqualTo(1);
        assertThat(figure(cells, "expert-visits-confirmed", IMABARI, "2030-06")).isEqualTo(1);
        assertThat(figure(cells, "expert-visits-confirmed", IMABARI, "FY2030")).isEqualTo(2);
        assertThat(figure(cells, "expert-requests", IMABARI, "2030-04")).isEqualTo(1);
    }

    @Test
    void daysFromRequestToVisitKeepTheWholeDistributionForExactMedianAndP90() {
        List<SpecificRecord> events = new ArrayList<>();
        int[] days = {3, 10, 10, 20, 30, 40, 50, 60, 70, 100};
        for (int d : days) {
            String submittedOn = java.time.LocalDate.of(2030, 7, 1).minusDays(d) + "T09:00";
            events.addAll(confirmed(UUID.randomUUID(), NIIHAMA, submittedOn, "2030-07-01T10:00"));
        }
        events.add(events.get(3));

        Map<CellKey, Cell> cells = run(events);

        assertThat(figure(cells, "expert-request-to-visit-days-median", NIIHAMA, "2030-07")).isEqualTo(30);
        assertThat(figure(cells, "expert-request-to-visit-days-p90", NIIHAMA, "2030-07")).isEqualTo(70);
        assertThat(figure(cells, "expert-visits-confirmed", NIIHAMA, "FY2030")).isEqualTo(10);
    }

    @Test
    void theServedShareCountsConfirmedAndCompletedOverRequestsNotCancelled() {
        UUID served = UUID.randomUUID();
        UUID declined = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        List<SpecificRecord> events = new ArrayList<>(confirmed(served, SAIJO, "2030-04-01T09:00", "2030-06-03T10:00"));
        events.add(submitted(declined, SAIJO, "data-utilization", "2030-04-02T09:00", "2030-06-05T10:00"));
        events.add(changed(declined, SAIJO, "decline", "SUBMITTED", "DECLINED", "2030-04-03T09:00", null));
        events.add(submitted(cancelled, SAIJO, "data-utilization", "2030-04-02T09:00", "2030-06-06T10:00"));
        events.add(changed(cancelled, SAIJO, "cancel", "SUBMITTED", "CANCELLED", "2030-04-03T09:00", null));

        Map<CellKey, Cell> cells = run(events);

        assertThat(figure(cells, "expert-requests", SAIJO, "2030-06")).isEqualTo(3);
        assertThat(figure(cells, "expert-requests-served-share", SAIJO, "2030-06")).isEqualTo(50);
    }

    @Test
    void rebuildingFromTheSameEventsShuffledAndDuplicatedGivesTheSameCells() {
        List<SpecificRecord> events = new ArrayList<>();
        Random random = new Random(8);
        for (int i = 0; i < 40; i++) {
            String town = List.of(SAIJO, IMABARI, NIIHAMA).get(i % 3);
            UUID id = UUID.randomUUID();
            String visit = "2030-0" + (4 + random.nextInt(6)) + "-1" + random.nextInt(10) + "T10:00";
            events.addAll(confirmed(id, town, "2030-03-0" + (1 + random.nextInt(9)) + "T09:00", visit));
            if (i % 4 == 0) {
                events.add(changed(id, town, "complete", "CONFIRMED", "COMPLETED", "2030-10-01T09:00", visit));
            }
        }
        List<SpecificRecord> replay = new ArrayList<>(events);
        replay.addAll(events.subList(0, 30));
        Collections.shuffle(replay, random);

        Map<CellKey, Cell> first = run(events);
        Map<CellKey, Cell> rebuilt = run(replay);

        assertThat(rebuilt).isEqualTo(first);
        assertThat(first.values().stream().mapToLong(Cell::completed).sum()).as("completed, one cell per month")
                .isEqualTo(10);
    }

    @Test
    void hoursToAnswerCountEachTownsFirstAnswerOnceInTheMonthTheInquiryWasPosted() {
        UUID inquiry = UUID.randomUUID();
        String posted = "2030-06-30T20:00";
        MessageResponseRecorded saijo = response(inquiry, SAIJO, "ANSWERED", posted, "2030-07-01T08:30");
        List<SpecificRecord> events = List.of(
                response(inquiry, IMABARI, "ANSWERED", posted, "2030-07-03T20:00"),
                response(inquiry, SAIJO, "ANSWER_CHANGED", posted, "2030-07-05T09:00"),
                saijo, saijo,
                response(inquiry, SAIJO, "ANSWERED", posted, "2030-07-02T09:00"),
                response(UUID.randomUUID(), SAIJO, "ACKNOWLEDGED", "2030-05-10T09:00", "2030-05-10T11:59"));

        Map<CellKey, Cell> cells = run(events);

        assertThat(figure(cells, "inquiry-answer-hours-median", SAIJO, "2030-06")).isEqualTo(12);
        assertThat(figure(cells, "inquiry-answer-hours-median", SAIJO, "2030-07")).isEqualTo(-1);
        assertThat(figure(cells, "inquiry-answer-hours-p90", IMABARI, "FY2030")).isEqualTo(72);
        assertThat(figure(cells, "announcement-acknowledgement-hours-median", SAIJO, "2030-05")).isEqualTo(2);
        assertThat(figure(cells, "inquiry-answer-hours-median", SAIJO, "2030-05")).as("an acknowledgement is no answer")
                .isEqualTo(-1);
    }

    @Test
    void applicationsCountOncePerProcedureAndChannelInTheirSubmissionMonthWithTheOnlineShare() {
        List<SpecificRecord> online = application(UUID.randomUUID(), SAIJO, "ONLINE", "2030-03-31T23:30");
        List<SpecificRecord> events = new ArrayList<>(online);
        events.addAll(application(UUID.randomUUID(), SAIJO, "ONLINE", "2030-04-01T00:10"));
        events.addAll(application(UUID.randomUUID(), SAIJO, "COUNTER", "2030-04-02T10:00"));
        events.addAll(application(UUID.randomUUID(), SAIJO, "COUNTER", "2030-04-03T10:00"));
        events.addAll(application(UUID.randomUUID(), SAIJO, "COUNTER", "2030-05-03T10:00"));
        events.addAll(online);
        events.add(StageEvents.reemitted((ApplicationStageChanged) online.get(1)));

        Map<CellKey, Cell> cells = run(events);

        assertThat(figure(cells, "procedure-applications", SAIJO, "2030-03")).isEqualTo(1);
        assertThat(figure(cells, "procedure-applications", SAIJO, "2030-04")).isEqualTo(3);
        assertThat(figure(cells, "procedure-applications", SAIJO, "FY2030")).isEqualTo(4);
        assertThat(figure(cells, "procedure-applications-online-share", SAIJO, "2030-03")).isEqualTo(100);
        assertThat(figure(cells, "procedure-applications-online-share", SAIJO, "FY2030")).isEqualTo(25);
    }

    @Test
    void hoursPerStageCountEachStayOnceEvenWhenRedeliveredReemittedOrLate() {
        List<SpecificRecord> events = new ArrayList<>();
        int[] reviewHours = {2, 5, 5, 8, 24, 30, 48, 50, 70, 100};
        for (int h : reviewHours) {
            UUID id = UUID.randomUUID();
            String reviewed = java.time.LocalDateTime.parse("2030-05-11T09:00").plusHours(h).toString();
            events.addAll(StageEvents.application(id, NIIHAMA, "COUNTER", List.of("SUBMIT", "ADVANCE", "ADVANCE", "ADVANCE"),
                    List.of("申請", "受付", "審査", "交付"), List.of("2030-05-10T09:00", "2030-05-10T12:00",
                            "2030-05-11T09:00", reviewed)));
        }
        events.add(StageEvents.reemitted((ApplicationStageChanged) events.get(3)));
        events.add(events.get(7));
        Collections.reverse(events);

        Map<CellKey, Cell> cells = run(events);

        assertThat(stage(cells, "procedure-stage-hours-median", NIIHAMA, "2030-05", "審査")).isEqualTo(24);
        assertThat(stage(cells, "procedure-stage-hours-p90", NIIHAMA, "FY2030", "審査")).isEqualTo(70);
        assertThat(stage(cells, "procedure-stage-hours-median", NIIHAMA, "2030-05", "申請")).isEqualTo(3);
        assertThat(stage(cells, "procedure-stage-hours-median", NIIHAMA, "2030-05", "交付"))
                .as("a stage not left yet has no time").isEqualTo(-1);
    }

    @Test
    void returnsAndSlaBreachesCountEachStageEntryOnceAndALateOverdueStillLandsInTheSubmissionMonth() {
        UUID id = UUID.randomUUID();
        ApplicationStageOverdue late = StageEvents.overdue(id, IMABARI, "ONLINE", "審査", "2030-06-02T10:00",
                "2030-06-10T00:00");
        List<SpecificRecord> events = new ArrayList<>(List.of(late));
        events.addAll(StageEvents.application(id, IMABARI, "ONLINE",
                List.of("SUBMIT", "ADVANCE", "ADVANCE", "RETURN", "RESUBMIT", "RETURN"),
                List.of("申請", "受付", "審査", "差戻し", "審査", "差戻し"),
                List.of("2030-05-31T17:00", "2030-06-01T10:00", "2030-06-02T10:00", "2030-06-12T10:00",
                        "2030-06-15T10:00", "2030-06-16T10:00")));
        events.add(late);
        events.add(StageEvents.overdue(id, IMABARI, "ONLINE", "審査", "2030-06-02T10:00", "2030-06-10T00:00"));
        events.add(events.get(4));

        Map<CellKey, Cell> cells = run(events);

        assertThat(figure(cells, "procedure-returns", IMABARI, "2030-05")).isEqualTo(2);
        assertThat(figure(cells, "procedure-sla-breaches", IMABARI, "2030-05")).isEqualTo(1);
        assertThat(figure(cells, "procedure-sla-breaches", IMABARI, "FY2030")).isEqualTo(1);
        assertThat(figure(cells, "procedure-applications", IMABARI, "2030-06")).isZero();
    }

    @Test
    void rebuildingProcedureMetricsFromShuffledDuplicatedEventsGivesTheSameCells() {
        List<SpecificRecord> events = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            UUID id = UUID.randomUUID();
            String town = List.of(SAIJO, IMABARI, NIIHAMA).get(i % 3);
            String day = "2030-0" + (4 + random.nextInt(5)) + "-1" + random.nextInt(10);
            events.addAll(StageEvents.application(id, town, i % 2 == 0 ? "ONLINE" : "COUNTER",
                    List.of("SUBMIT", "ADVANCE", "RETURN"), List.of("申請", "受付", "差戻し"),
                    List.of(day + "T09:00", day + "T1" + random.nextInt(10) + ":00", day + "T20:00")));
            if (i % 5 == 0) {
                events.add(StageEvents.overdue(id, town, "ONLINE", "受付", day + "T19:00", day + "T23:00"));
            }
        }
        List<SpecificRecord> replay = new ArrayList<>(events);
        replay.addAll(events.subList(0, 25));
        Collections.shuffle(replay, random);

        Map<CellKey, Cell> first = run(events);
        Map<CellKey, Cell> rebuilt = run(replay);

        assertThat(rebuilt).isEqualTo(first);
        assertThat(first.keySet()).extracting(CellKey::period).allMatch(p -> p.matches("\\d{4}-\\d{2}"));
        assertThat(first.values().stream().mapToLong(Cell::returns).sum()).isEqualTo(30);
        assertThat(first.values().stream().mapToLong(Cell::breaches).sum()).isEqualTo(6);
    }

    private static List<SpecificRecord> application(UUID id, String town, String channel, String at) {
        return StageEvents.application(id, town, channel, List.of("SUBMIT", "ADVANCE"), List.of("申請", "受付"),
                List.of(at, at));
    }

    /** A stage metric's value for one stage. */
    private static long stage(Map<CellKey, Cell> cells, String metricId, String town, String period, String stage) {
        Map<CellKey, Cell> ofStage = new HashMap<>();
        cells.forEach((k, v) -> {
            if (k.specialty().equals(stage)) {
                ofStage.put(k, v);
            }
        });
        return figure(ofStage, metricId, town, period);
    }

    @Test
    void theAnswerRateCountsEveryTownAnInquiryAskedOnceWhateverTheOrderAndRepeatsOfItsEvents() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID announcement = UUID.randomUUID();
        String posted = "2030-06-01T10:00";
        MessageResponseRecorded imabari = response(first, IMABARI, "ANSWERED", posted, "2030-06-02T10:00");
        MessagePosted again = posted(second, "INQUIRY", "2030-06-20T10:00");
        List<SpecificRecord> events = List.of(channel(), imabari, posted(first, "INQUIRY", posted),
                response(first, SAIJO, "ANSWERED", posted, "2030-06-01T12:00"), imabari,
                response(first, IMABARI, "ANSWER_CHANGED", posted, "2030-06-03T10:00"), again, again,
                posted(announcement, "ANNOUNCEMENT", "2030-07-01T10:00"),
                response(announcement, NIIHAMA, "ACKNOWLEDGED", "2030-07-01T10:00", "2030-07-01T11:00"));

        Map<CellKey, Cell> cells = run(events);

        assertThat(figure(cells, "inquiry-answer-rate", SAIJO, "2030-06")).isEqualTo(50);
        assertThat(figure(cells, "inquiry-answer-rate", IMABARI, "FY2030")).isEqualTo(50);
        assertThat(figure(cells, "inquiry-answer-rate", NIIHAMA, "2030-06")).isZero();
        assertThat(figure(cells, "inquiry-answer-rate", EHIME, "2030-06")).as("the author's own town is not asked")
                .isEqualTo(-1);
        assertThat(figure(cells, "announcement-acknowledgement-rate", NIIHAMA, "2030-07")).isEqualTo(100);
        assertThat(figure(cells, "announcement-acknowledgement-rate", SAIJO, "FY2030")).isZero();
        assertThat(figure(cells, "inquiry-answer-rate", SAIJO, "2030-07")).as("an announcement is no inquiry")
                .isEqualTo(-1);
    }

    private static ChannelChanged channel() {
        return ChannelChanged.newBuilder().setMeta(RequestEvents.meta(EHIME, RequestEvents.tokyo("2030-01-01T09:00")))
                .setChannelId(CHANNEL).setKind("HORIZONTAL").setCollaborationCode("team-ehime").setName("横連携")
                .setTenantCodes(List.of(EHIME, SAIJO, IMABARI, NIIHAMA)).setUserIds(List.of()).setArchived(false).build();
    }

    private static MessagePosted posted(UUID message, String kind, String at) {
        return MessagePosted.newBuilder().setMeta(RequestEvents.meta(EHIME, RequestEvents.tokyo(at)))
                .setMessageId(message).setChannelId(CHANNEL).setThreadRootId(null).setKind(kind)
                .setAuthorUserId("ehime.coordinator").setAuthorName("愛媛県").setText("回答をお願いします")
                .setMentionedUserIds(List.of()).setMentionedTenantCodes(List.of()).setMentionsAll(false)
                .setDeadline(RequestEvents.tokyo(at).plusSeconds(7 * 86_400)).build();
    }

    private static MessageResponseRecorded response(UUID message, String town, String response, String posted,
            String at) {
        return MessageResponseRecorded.newBuilder().setMeta(RequestEvents.meta(town, RequestEvents.tokyo(at)))
                .setMessageId(message).setChannelId(CHANNEL).setResponse(response).setTenantCode(town)
                .setUserId(town + ".staff").setMessagePostedAt(RequestEvents.tokyo(posted)).build();
    }

    private Map<CellKey, Cell> run(List<SpecificRecord> events) {
        Map<CellKey, Cell> cells = new HashMap<>();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "insights-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.resolve(UUID.randomUUID().toString()).toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(InsightsTopology.buildTopology(), props)) {
            TestInputTopic<String, SpecificRecord> input = driver.createInputTopic(ExpertTopics.REQUESTS.name(),
                    ExpertTopics.REQUESTS.keySerde().serializer(), ExpertTopics.REQUESTS.valueSerde().serializer());
            TestInputTopic<String, SpecificRecord> messages = driver.createInputTopic(MessagingTopics.MESSAGES.name(),
                    MessagingTopics.MESSAGES.keySerde().serializer(), MessagingTopics.MESSAGES.valueSerde().serializer());
            TestInputTopic<String, ChannelChanged> channels = driver.createInputTopic(MessagingTopics.CHANNELS.name(),
                    MessagingTopics.CHANNELS.keySerde().serializer(), MessagingTopics.CHANNELS.valueSerde().serializer());
            TestInputTopic<String, SpecificRecord> applications = driver.createInputTopic(
                    ProcedureTopics.APPLICATIONS.name(), ProcedureTopics.APPLICATIONS.keySerde().serializer(),
                    ProcedureTopics.APPLICATIONS.valueSerde().serializer());
            for (SpecificRecord event : events) {
                if (event instanceof ApplicationStageChanged c) {
                    applications.pipeInput(c.getApplicationId().toString(), event);
                } else if (event instanceof ApplicationStageOverdue o) {
                    applications.pipeInput(o.getApplicationId().toString(), event);
                } else if (event instanceof ChannelChanged) {
                    channels.pipeInput(CHANNEL.toString(), (ChannelChanged) event);
                } else if (event instanceof MessageResponseRecorded || event instanceof MessagePosted) {
                    messages.pipeInput(CHANNEL.toString(), event);
                } else {
                    input.pipeInput(requestId(event), event);
                }
            }
            driver.createOutputTopic(InsightsTopics.CELLS.name(), InsightsTopics.CELLS.keySerde().deserializer(),
                    InsightsTopics.CELLS.valueSerde().deserializer()).readKeyValuesToList()
                    .forEach(cell -> cells.put(CellKey.parse(cell.key), cell.value));
        }
        return cells;
    }

    private static String requestId(SpecificRecord event) {
        return event instanceof ExpertRequestStatusChanged c ? c.getRequestId().toString()
                : ((jp.lg.platform.events.experts.ExpertRequestSubmitted) event).getRequestId().toString();
    }

    /** The metric's value in the cells of {@code town} and {@code period}, summed over programmes and specialties. */
    private static long figure(Map<CellKey, Cell> cells, String metricId, String town, String period) {
        Metric metric = MetricCatalogue.find(metricId).orElseThrow();
        Figure total = cells.entrySet().stream()
                .filter(e -> MetricCatalogue.of(e.getKey()).contains(metric) && e.getKey().municipality().equals(town)
                        && Periods.countedIn(e.getKey().period(), period).equals(period))
                .map(e -> Figure.of(metric, e.getValue())).reduce(Figure.NONE, Figure::plus);
        BigDecimal value = total.value(metric.kind());
        return value == null ? -1 : value.longValueExact();
    }
}

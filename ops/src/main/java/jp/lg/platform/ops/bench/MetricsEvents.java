package jp.lg.platform.ops.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.experts.ExpertRequestSubmitted;
import jp.lg.platform.events.experts.PreferredWindow;
import jp.lg.platform.events.messaging.MessageResponseRecorded;
import jp.lg.platform.events.procedures.ApplicationStageChanged;
import jp.lg.platform.events.procedures.ApplicationStageOverdue;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The events of the {@code metrics} benchmark, as the outbox relay publishes them (Avro single-object
 * encoding of {@link EventSerde}, the topic's key, the {@code lg.event-id} header): the lives of expert
 * requests ({@code lg.experts.requests}, keyed by request id), of applications to standard procedures
 * ({@code lg.procedures.applications}, keyed by application id) and towns' answers and acknowledgements
 * of messages ({@code lg.messaging.messages}, keyed by channel id), over the given municipalities and the
 * 24 months of FY2024–FY2025. The events of many lives are interleaved (a pool of {@value #LIVES} lives
 * in progress, one picked at random for each next event), so consecutive events rarely touch the same
 * request or cell, as in service. Seeded: every run sends the same events.
 */
final class MetricsEvents {

    static final String REQUESTS = "lg.experts.requests";
    static final String MESSAGES = "lg.messaging.messages";
    static final String APPLICATIONS = "lg.procedures.applications";
    static final List<String> TOPICS = List.of(REQUESTS, MESSAGES, APPLICATIONS);
    /** Partitions of each topic, as the application's topic registry has them. */
    static final int PARTITIONS = 3;
    static final YearMonth FIRST_MONTH = YearMonth.of(2024, 4);
    static final int MONTHS = 24;
    static final String EVENT_ID_HEADER = "lg.event-id";

    private static final int LIVES = 20_000;
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final List<String> PROGRAMMES = List.of("team-ehime", "mic-management", "mic-informatization");
    private static final List<String> SPECIALTIES =
            List.of("design-ux", "data-utilization", "systems-security", "pr-marketing", "co-creation");
    private static final List<String> PROCEDURES = List.of("resident-certificate-copy", "agri-forestry-subsidy");
    private static final int CHANNELS = 2_000;

    private final List<String> towns;
    private final Random random;
    private final List<List<ProducerRecord<String, byte[]>>> lives = new ArrayList<>();
    private final int[] next = new int[LIVES];
    private final List<UUID> channels = new ArrayList<>();
    private long expertLives;
    private long applicationLives;
    private long messageLives;

    MetricsEvents(List<LgCode> towns, long seed) {
        this.towns = towns.stream().map(LgCode::value).toList();
        this.random = new Random(seed);
        for (int i = 0; i < CHANNELS; i++) {
            channels.add(uuid());
        }
        for (int i = 0; i < LIVES; i++) {
            lives.add(List.of());
        }
    }

    /** The next event, ready to send. */
    ProducerRecord<String, byte[]> next() {
        int slot = random.nextInt(LIVES);
        if (next[slot] >= lives.get(slot).size()) {
            lives.set(slot, life());
            next[slot] = 0;
        }
        return lives.get(slot).get(next[slot]++);
    }

    /** How many lives of each kind were begun: expert requests, applications, messages. */
    String livesBegun() {
        return String.format("%,d expert requests, %,d applications, %,d messages answered", expertLives,
                applicationLives, messageLives);
    }

    private List<ProducerRecord<String, byte[]>> life() {
        int kind = random.nextInt(10);
        if (kind < 4) {
            expertLives++;
            return expertRequest();
        }
        if (kind < 8) {
            applicationLives++;
            return application();
        }
        messageLives++;
        return responses();
    }

    /** Submitted; then confirmed for a visit (70 %), completed after it (80 % of those) or cancelled. */
    private List<ProducerRecord<String, byte[]>> expertRequest() {
        UUID id = uuid();
        String town = town();
        Instant submitted = someTime();
        Instant wanted = submitted.plusSeconds(86_400L * (7 + random.nextInt(40)));
        List<SpecificRecord> events = new ArrayList<>();
        events.add(ExpertRequestSubmitted.newBuilder().setMeta(meta(town, submitted)).setRequestId(id)
                .setMunicipalityCode(town).setCollaborationCode(SyntheticDirectory.NATIONAL)
                .setLeadCode(SyntheticDirectory.TOKYO.value()).setProgramme(pick(PROGRAMMES))
                .setSpecialty(pick(SPECIALTIES)).setTopic("窓口DX").setDescription("ベンチマークの依頼")
                .setMode(random.nextInt(3) == 0 ? "ONLINE" : "ON_SITE").setDurationMinutes(90).setUrgency("NORMAL")
                .setFiscalYear(fiscalYear(wanted))
                .setPreferredWindows(List.of(PreferredWindow.newBuilder().setStart(wanted)
                        .setEnd(wanted.plusSeconds(14 * 86_400L)).build()))
                .build());
        int fate = random.nextInt(100);
        if (fate < 70) {
            Instant visit = wanted.plusSeconds(86_400L * random.nextInt(14) + 3_600L * random.nextInt(8));
            events.add(changed(id, town, "confirm", "PROPOSED", "CONFIRMED", submitted.plusSeconds(86_400L * 3), visit));
            if (random.nextInt(10) < 8) {
                events.add(changed(id, town, "complete", "CONFIRMED", "COMPLETED", visit.plusSeconds(7_200), visit));
            }
        } else if (fate < 85) {
            events.add(changed(id, town, "cancel", "SUBMITTED", "CANCELLED", submitted.plusSeconds(86_400), null));
        }
        return encode(REQUESTS, id.toString(), events);
    }

    private ExpertRequestStatusChanged changed(UUID id, String town, String transition, String from, String to,
            Instant at, Instant visit) {
        return ExpertRequestStatusChanged.newBuilder().setMeta(meta(town, at)).setRequestId(id)
                .setMunicipalityCode(town).setTransition(transition).setFromStatus(from).setToStatus(to)
                .setVisitStart(visit).setVisitEnd(visit == null ? null : visit.plusSeconds(5_400)).build();
    }

    /**
     * Submitted (40 % online), received, reviewed and issued; one in ten returned once from review and
     * resubmitted, one in ten past its SLA in review.
     */
    private List<ProducerRecord<String, byte[]>> application() {
        UUID id = uuid();
        String town = town();
        String procedure = pick(PROCEDURES);
        String channel = random.nextInt(10) < 4 ? "ONLINE" : "COUNTER";
        Instant submitted = someTime();
        List<SpecificRecord> events = new ArrayList<>();
        Instant at = submitted;
        events.add(moved(id, town, procedure, channel, "SUBMIT", null, null, "APPLIED", submitted, at));
        Instant entered = at;
        at = at.plusSeconds(3_600L * (1 + random.nextInt(48)));
        events.add(moved(id, town, procedure, channel, "ADVANCE", "APPLIED", entered, "RECEIVED", submitted, at));
        entered = at;
        at = at.plusSeconds(3_600L * (1 + random.nextInt(72)));
        if (random.nextInt(10) == 0) {
            events.add(moved(id, town, procedure, channel, "ADVANCE", "RECEIVED", entered, "REVIEW", submitted, at));
            entered = at;
            at = at.plusSeconds(3_600L * (1 + random.nextInt(48)));
            events.add(moved(id, town, procedure, channel, "RETURN", "REVIEW", entered, "RETURNED", submitted, at));
            entered = at;
            at = at.plusSeconds(3_600L * (1 + random.nextInt(96)));
            events.add(moved(id, town, procedure, channel, "RESUBMIT", "RETURNED", entered, "RECEIVED", submitted, at));
            entered = at;
            at = at.plusSeconds(3_600L * (1 + random.nextInt(24)));
        }
        events.add(moved(id, town, procedure, channel, "ADVANCE", "RECEIVED", entered, "REVIEW", submitted, at));
        entered = at;
        at = at.plusSeconds(3_600L * (1 + random.nextInt(120)));
        if (random.nextInt(10) == 0) {
            events.add(ApplicationStageOverdue.newBuilder().setMeta(meta(town, entered.plusSeconds(5 * 86_400L)))
                    .setApplicationId(id).setMunicipalityCode(town).setProcedureCode(procedure).setVersion(1)
                    .setChannel(channel).setStage("REVIEW").setStageEnteredAt(entered)
                    .setDueOn(LocalDate.ofInstant(entered.plusSeconds(5 * 86_400L), TOKYO)).setSlaBusinessDays(3)
                    .build());
        }
        events.add(moved(id, town, procedure, channel, "ADVANCE", "REVIEW", entered, "ISSUED", submitted, at));
        return encode(APPLICATIONS, id.toString(), events);
    }

    private ApplicationStageChanged moved(UUID id, String town, String procedure, String channel, String action,
            String from, Instant fromEntered, String to, Instant submitted, Instant at) {
        return ApplicationStageChanged.newBuilder().setMeta(meta(town, at)).setApplicationId(id)
                .setMunicipalityCode(town).setProcedureCode(procedure).setVersion(1).setChannel(channel)
                .setAction(action).setFromStage(from).setToStage(to).setSubmittedAt(submitted)
                .setFromStageEnteredAt(fromEntered).setStageDueOn(null).build();
    }

    /** An inquiry (answered) or announcement (acknowledged) in a channel, responded to by 1–4 towns. */
    private List<ProducerRecord<String, byte[]>> responses() {
        UUID message = uuid();
        UUID channel = channels.get(random.nextInt(CHANNELS));
        String response = random.nextBoolean() ? "ANSWERED" : "ACKNOWLEDGED";
        Instant posted = someTime();
        List<SpecificRecord> events = new ArrayList<>();
        int responders = 1 + random.nextInt(4);
        for (int i = 0; i < responders; i++) {
            String town = town();
            events.add(MessageResponseRecorded.newBuilder()
                    .setMeta(meta(town, posted.plusSeconds(60L * (1 + random.nextInt(72 * 60)))))
                    .setMessageId(message).setChannelId(channel).setResponse(response).setTenantCode(town)
                    .setUserId("bench-" + town + "-staff").setMessagePostedAt(posted).build());
        }
        return encode(MESSAGES, channel.toString(), events);
    }

    private List<ProducerRecord<String, byte[]>> encode(String topic, String key, List<SpecificRecord> events) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(events.size());
        for (SpecificRecord event : events) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, EventSerde.codec().encode(event));
            String eventId = ((EventMetadata) event.get(0)).getEventId().toString();
            record.headers().add(EVENT_ID_HEADER, eventId.getBytes(StandardCharsets.UTF_8));
            records.add(record);
        }
        return records;
    }

    private EventMetadata meta(String town, Instant at) {
        UUID id = uuid();
        return EventMetadata.newBuilder().setEventId(id).setOccurredAt(at).setTenantCode(town).setActor("bench")
                .setCorrelationId(id.toString()).setCausationId(null).build();
    }

    /** A moment in the 24 months, in Tokyo working hours. */
    private Instant someTime() {
        YearMonth month = FIRST_MONTH.plusMonths(random.nextInt(MONTHS));
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        return day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(TOKYO).toInstant();
    }

    private static int fiscalYear(Instant at) {
        LocalDate date = LocalDate.ofInstant(at, TOKYO);
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    private String town() {
        return towns.get(random.nextInt(towns.size()));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A version-4 UUID from the seeded generator (UUID.randomUUID would make runs differ, and is slower). */
    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}

package jp.lg.platform.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.experts.ExpertRequestSubmitted;
import jp.lg.platform.events.messaging.MessageResponseRecorded;
import jp.lg.platform.events.procedures.ApplicationStageChanged;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class MetricsEventsTest {

    private static final List<LgCode> TOWNS = IntStream.range(0, 50)
            .mapToObj(i -> LgCode.withCheckDigit(String.format("%02d%03d", 1 + i % 47, 900 + i))).toList();

    @Test
    void sendsDecodableEventsOfEachTopicKeyedAsTheRelayDoesInOrderPerKeyWithinTheTwentyFourMonths() {
        MetricsEvents events = new MetricsEvents(TOWNS, 7);
        Map<String, Integer> perTopic = new HashMap<>();
        Map<String, List<SpecificRecord>> perKey = new HashMap<>();
        Set<String> eventIds = new HashSet<>();
        Set<String> towns = new HashSet<>();
        YearMonth last = MetricsEvents.FIRST_MONTH.plusMonths(MetricsEvents.MONTHS - 1);
        for (int i = 0; i < 50_000; i++) {
            ProducerRecord<String, byte[]> record = events.next();
            SpecificRecord event = EventSerde.codec().decode(record.value());
            EventMetadata meta = (EventMetadata) event.get(0);
            assertThat(new String(record.headers().lastHeader(MetricsEvents.EVENT_ID_HEADER).value(),
                    StandardCharsets.UTF_8)).isEqualTo(meta.getEventId().toString());
            assertThat(eventIds.add(meta.getEventId().toString())).as("event ids are unique").isTrue();
            perTopic.merge(record.topic(), 1, Integer::sum);
            perKey.computeIfAbsent(record.topic() + "|" + record.key(), k -> new ArrayList<>()).add(event);
            towns.add(meta.getTenantCode());
            switch (record.topic()) {
                case MetricsEvents.REQUESTS -> {
                    String id = event instanceof ExpertRequestSubmitted s ? s.getRequestId().toString()
                            : ((ExpertRequestStatusChanged) event).getRequestId().toString();
                    assertThat(record.key()).isEqualTo(id);
                }
                case MetricsEvents.APPLICATIONS -> {
                    if (event instanceof ApplicationStageChanged c) {
                        assertThat(record.key()).isEqualTo(c.getApplicationId().toString());
                        YearMonth submitted = YearMonth.from(c.getSubmittedAt().atZone(ZoneId.of("Asia/Tokyo")));
                        assertThat(submitted).isBetween(MetricsEvents.FIRST_MONTH, last);
                    }
                }
                default -> {
                    MessageResponseRecorded r = (MessageResponseRecorded) event;
                    assertThat(record.topic()).isEqualTo(MetricsEvents.MESSAGES);
                    assertThat(record.key()).isEqualTo(r.getChannelId().toString());
                    assertThat(r.getResponse()).isIn("ANSWERED", "ACKNOWLEDGED");
                }
            }
        }
        assertThat(perTopic.keySet()).containsExactlyInAnyOrderElementsOf(MetricsEvents.TOPICS);
        assertThat(perTopic.get(MetricsEvents.REQUESTS)).isBetween(10_000, 20_000);
        assertThat(perTopic.get(MetricsEvents.APPLICATIONS)).isBetween(22_000, 34_000);
        assertThat(towns).hasSize(TOWNS.size());
        // each request begins with its submission, and its status changes follow in time
        perKey.entrySet().stream().filter(e -> e.getKey().startsWith(MetricsEvents.REQUESTS)).forEach(e -> {
            List<SpecificRecord> life = e.getValue();
            assertThat(life.get(0)).isInstanceOf(ExpertRequestSubmitted.class);
            Instant previous = Instant.MIN;
            for (SpecificRecord event : life) {
                Instant at = ((EventMetadata) event.get(0)).getOccurredAt();
                assertThat(at).isAfterOrEqualTo(previous);
                previous = at;
            }
        });
        // lives are interleaved: the first 100 events belong to many requests and applications
        MetricsEvents again = new MetricsEvents(TOWNS, 7);
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            keys.add(again.next().key());
        }
        assertThat(keys).hasSizeGreaterThan(90);
    }

    @Test
    void isSeededSoEveryRunSendsTheSameEvents() {
        MetricsEvents a = new MetricsEvents(TOWNS, 2026);
        MetricsEvents b = new MetricsEvents(TOWNS, 2026);
        for (int i = 0; i < 1_000; i++) {
            ProducerRecord<String, byte[]> x = a.next();
            ProducerRecord<String, byte[]> y = b.next();
            assertThat(y.key()).isEqualTo(x.key());
            assertThat(y.value()).isEqualTo(x.value());
        }
    }
}

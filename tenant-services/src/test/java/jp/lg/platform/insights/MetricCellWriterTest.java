package jp.lg.platform.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** What the cell writer takes from one poll: the latest cell per key; what is no cell is skipped, not fatal. */
class MetricCellWriterTest {

    private static final String TOPIC = InsightsTopics.CELLS.name();
    private static final CellKey SAIJO_JUNE = new CellKey(CellKey.Kind.DEMAND, "382060", "2030-06", "dx", "-");
    private static final CellKey SAIJO_JULY = new CellKey(CellKey.Kind.DEMAND, "382060", "2030-07", "dx", "-");

    @Test
    void theLatestCellOfEachKeyWinsAcrossPartitionsOfOnePoll() {
        ConsumerRecords<String, byte[]> poll = poll(Map.of(
                new TopicPartition(TOPIC, 0), List.of(record(0, 1, SAIJO_JUNE.toString(), cell(1)),
                        record(0, 2, SAIJO_JUNE.toString(), cell(3))),
                new TopicPartition(TOPIC, 1), List.of(record(1, 7, SAIJO_JULY.toString(), cell(5)))));

        Map<CellKey, Cell> latest = MetricCellWriter.latest(poll);

        assertThat(latest).containsOnlyKeys(SAIJO_JUNE, SAIJO_JULY);
        assertThat(latest.get(SAIJO_JUNE).requests()).isEqualTo(3);
        assertThat(latest.get(SAIJO_JULY).requests()).isEqualTo(5);
        assertThat(latest.keySet()).extracting(CellKey::toString).isSorted();
    }

    @Test
    void aRecordThatIsNoCellOrHasNoCellKeyIsSkippedAndTheOthersAreKept() {
        ConsumerRecords<String, byte[]> poll = poll(Map.of(new TopicPartition(TOPIC, 0), List.of(
                record(0, 1, SAIJO_JUNE.toString(), "not json".getBytes(StandardCharsets.UTF_8)),
                record(0, 2, "NOKIND|382060|2030-06|dx|-", cell(2)),
                record(0, 3, SAIJO_JULY.toString(), cell(4)))));

        assertThat(MetricCellWriter.latest(poll)).containsOnlyKeys(SAIJO_JULY);
    }

    @Test
    void aFiscalYearCellOfAnEarlierVersionIsLeftOutSinceYearsAreSummedFromMonthsWhenRead() {
        ConsumerRecords<String, byte[]> poll = poll(Map.of(new TopicPartition(TOPIC, 0), List.of(
                record(0, 1, "DEMAND|382060|FY2030|dx|-", cell(9)), record(0, 2, SAIJO_JUNE.toString(), cell(1)))));

        assertThat(MetricCellWriter.latest(poll)).containsOnlyKeys(SAIJO_JUNE);
    }

    private static byte[] cell(int requests) {
        Cell cell = Cell.ZERO;
        for (int i = 0; i < requests; i++) {
            cell = cell.plus(Cell.demand(false, true));
        }
        return InsightsTopics.CELLS.valueSerde().serializer().serialize(TOPIC, cell);
    }

    private static ConsumerRecord<String, byte[]> record(int partition, long offset, String key, byte[] value) {
        return new ConsumerRecord<>(TOPIC, partition, offset, key, value);
    }

    private static ConsumerRecords<String, byte[]> poll(Map<TopicPartition, List<ConsumerRecord<String, byte[]>>> records) {
        return new ConsumerRecords<>(records, Map.of());
    }
}

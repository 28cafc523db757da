package jp.lg.platform.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.events.directory.CollaborationChanged;
import jp.lg.platform.events.directory.TenantUpdated;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    @Test
    void readsBackWhatItWrote() {
        TenantUpdated event = tenantUpdated();

        SpecificRecord decoded = codec.decode(codec.encode(event));

        assertThat(decoded).isInstanceOf(TenantUpdated.class).isEqualTo(event);
    }

    @Test
    void tellsEventTypesApartByTheirFingerprint() {
        CollaborationChanged changed = CollaborationChanged.newBuilder()
                .setMeta(EventFixtures.meta(UUID.randomUUID(), "380008")).setCode("team-ehime").setNameJa("チーム愛媛").setNameEn("Team Ehime")
                .setLeadCode("380008").setMemberCodes(List.of("382019", "382060")).build();

        assertThat(codec.decode(codec.encode(changed))).isEqualTo(changed);
        assertThat(codec.decode(codec.encode(tenantUpdated()))).isInstanceOf(TenantUpdated.class);
    }

    @Test
    void codeBuiltWithVersion2ReadsAnEventWrittenWithVersion1() throws IOException {
        GenericRecord read = version2Reader().decode(codec.encode(tenantUpdated()));

        assertThat(read.get("reason")).isNull();
        assertThat(((GenericRecord) read.get("tenant")).get("nameJa").toString()).isEqualTo("西条市");
    }

    @Test
    void codeBuiltWithVersion1ReadsAnEventWrittenWithVersion2() throws IOException {
        Schema v2 = evolvedSchema();
        GenericRecord written = version2Reader().decode(codec.encode(tenantUpdated()));
        written.put("reason", "住民基本台帳の更新");
        byte[] bytes = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v2).encode(written).array();
        EventCodec upgradedHistory = new EventCodec(SchemaHistory.load().with(v2));

        SpecificRecord read = upgradedHistory.decode(bytes);

        assertThat(read).isInstanceOf(TenantUpdated.class);
        assertThat(((TenantUpdated) read).getTenant().getPopulation()).isEqualTo(104474L);
        assertThat(((TenantUpdated) read).getChangedFields()).containsExactly("population");
    }

    private BinaryMessageDecoder<GenericRecord> version2Reader() throws IOException {
        SchemaStore.Cache store = new SchemaStore.Cache();
        SchemaHistory.load().allSchemas().forEach(store::addSchema);
        return new BinaryMessageDecoder<>(GenericData.get(), evolvedSchema(), store);
    }

    @Test
    void refusesBytesThatAreNotAnEvent() {
        assertThatThrownBy(() -> codec.decode("not avro".getBytes()))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("marker");
    }

    @Test
    void refusesAnEventWrittenWithAnUnknownSchema() throws IOException {
        byte[] bytes = codec.encode(tenantUpdated());
        bytes[5] ^= 0x7F;

        assertThatThrownBy(() -> codec.decode(bytes))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("unknown schema fingerprint");
    }

    private Schema evolvedSchema() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/evolution/TenantUpdated-v2.avsc")) {
            return new Schema.Parser().parse(in);
        }
    }

    private static TenantUpdated tenantUpdated() {
        return EventFixtures.saijoUpdated(UUID.randomUUID());
    }
}

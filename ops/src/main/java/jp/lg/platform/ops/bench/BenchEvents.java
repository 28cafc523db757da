package jp.lg.platform.ops.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.ReferenceData;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.directory.TenantSnapshot;
import jp.lg.platform.events.directory.TenantUpdated;

/**
 * The benchmark's events: real {@code TenantUpdated} records of the Ehime tenants (愛媛県 and its
 * municipalities), encoded exactly as the application stores them in the outbox.
 */
final class BenchEvents {

    static final String TOPIC = "lg.directory.tenants";
    static final String ACTOR = "bench";
    private static final LgCode EHIME = LgCode.parse("380008");

    private final List<Tenant> tenants;

    BenchEvents(Path sharedDataDir) {
        this.tenants = ReferenceData.load(sharedDataDir).tenants().stream()
                .filter(t -> t.code().equals(EHIME) || t.parentCode().filter(EHIME::equals).isPresent())
                .toList();
        if (tenants.isEmpty()) {
            throw new IllegalStateException("no Ehime tenants in " + sharedDataDir);
        }
    }

    /** 愛媛県 and its municipalities, in file order. */
    List<Tenant> tenants() {
        return tenants;
    }

    /** The {@code i}-th event of a stream spread round-robin over the tenants; a fresh event id. */
    Encoded updated(long i) {
        Tenant tenant = tenants.get((int) (i % tenants.size()));
        UUID id = UUID.randomUUID();
        EventMetadata meta = EventMetadata.newBuilder().setEventId(id).setOccurredAt(Instant.now())
                .setTenantCode(tenant.code().value()).setActor(ACTOR).setCorrelationId(id.toString())
                .setCausationId(null).build();
        TenantUpdated event = TenantUpdated.newBuilder().setMeta(meta)
                .setTenant(snapshot(tenant, tenant.population() + i + 1)).setChangedFields(List.of("population"))
                .build();
        return new Encoded(id, tenant.code().value(), EventSerde.codec().encode(event));
    }

    /** The encoded size of a typical event, for the raw baselines. */
    int typicalSize() {
        return updated(0).payload().length;
    }

    private static TenantSnapshot snapshot(Tenant t, long population) {
        return TenantSnapshot.newBuilder()
                .setCode(t.code().value()).setNameJa(t.nameJa()).setNameEn(t.nameEn()).setKind(t.kind().code())
                .setParentCode(t.parentCode().map(LgCode::value).orElse(null))
                .setAizuGroup(t.aizuGroup().orElse(null)).setPopulation(population)
                .setPopulationAsOf(t.populationAsOf()).setOfficeLat(t.office().lat()).setOfficeLon(t.office().lon())
                .build();
    }

    /** An event ready for the outbox: its id, its key (the LG code) and its bytes. */
    record Encoded(UUID eventId, String key, byte[] payload) {}
}

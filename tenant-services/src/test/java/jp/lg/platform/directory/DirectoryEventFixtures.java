package jp.lg.platform.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.directory.CollaborationChanged;
import jp.lg.platform.events.directory.TenantRegistered;
import jp.lg.platform.events.directory.TenantSnapshot;
import jp.lg.platform.events.directory.TenantUpdated;

/** Directory events as the outbox would write them, with only the fields a test cares about. */
final class DirectoryEventFixtures {

    private static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    private DirectoryEventFixtures() {}

    static TenantRegistered registered(String code, String nameJa, String nameEn, String kind, long population) {
        return TenantRegistered.newBuilder().setMeta(meta(code))
                .setTenant(snapshot(code, nameJa, nameEn, kind, population)).build();
    }

    static TenantUpdated updated(String code, String nameJa, String nameEn, String kind, long population) {
        return TenantUpdated.newBuilder().setMeta(meta(code))
                .setTenant(snapshot(code, nameJa, nameEn, kind, population)).setChangedFields(List.of("population"))
                .build();
    }

    static CollaborationChanged collaboration(String code, String nameJa, String leadCode, List<String> memberCodes) {
        return CollaborationChanged.newBuilder().setMeta(meta(leadCode)).setCode(code).setNameJa(nameJa)
                .setNameEn(code).setLeadCode(leadCode).setMemberCodes(memberCodes).build();
    }

    private static TenantSnapshot snapshot(String code, String nameJa, String nameEn, String kind, long population) {
        return TenantSnapshot.newBuilder().setCode(code).setNameJa(nameJa).setNameEn(nameEn).setKind(kind)
                .setParentCode(kind.equals("prefecture") ? null : code.substring(0, 2) + "0008")
                .setAizuGroup(null).setPopulation(population).setPopulationAsOf(LocalDate.of(2024, 1, 1))
                .setOfficeLat(33.9).setOfficeLon(133.1).build();
    }

    private static EventMetadata meta(String tenantCode) {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(AT).setTenantCode(tenantCode)
                .setActor("system").setCorrelationId(UUID.randomUUID().toString()).setCausationId(null).build();
    }
}

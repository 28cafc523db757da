package jp.lg.platform.schemas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.directory.CollaborationChanged;
import jp.lg.platform.events.directory.TenantRegistered;
import jp.lg.platform.events.directory.TenantSnapshot;
import jp.lg.platform.events.directory.TenantUpdated;

/**
 * Events for tests of every module (shipped in this module's test jar): one builder per event
 * type, with the fields a test cares about as parameters and plausible values for the rest.
 */
public final class EventFixtures {

    private static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    private EventFixtures() {}

    public static EventMetadata meta(UUID eventId, String tenantCode) {
        return EventMetadata.newBuilder().setEventId(eventId).setOccurredAt(AT).setTenantCode(tenantCode)
                .setActor("system").setCorrelationId(UUID.randomUUID().toString()).setCausationId(null).build();
    }

    /** A snapshot; a municipality's parent is the prefecture of its first two digits. */
    public static TenantSnapshot snapshot(String code, String nameJa, String nameEn, String kind, long population) {
        return TenantSnapshot.newBuilder().setCode(code).setNameJa(nameJa).setNameEn(nameEn).setKind(kind)
                .setParentCode(kind.equals("prefecture") ? null : code.substring(0, 2) + "0008")
                .setAizuGroup(null).setPopulation(population).setPopulationAsOf(LocalDate.of(2024, 1, 1))
                .setOfficeLat(33.9196).setOfficeLon(133.1812).build();
    }

    public static TenantRegistered tenantRegistered(String code, String nameJa, String nameEn, String kind,
            long population) {
        return TenantRegistered.newBuilder().setMeta(meta(UUID.randomUUID(), code))
                .setTenant(snapshot(code, nameJa, nameEn, kind, population)).build();
    }

    public static TenantUpdated tenantUpdated(UUID eventId, String code, String nameJa, String nameEn, String kind,
            long population) {
        return TenantUpdated.newBuilder().setMeta(meta(eventId, code))
                .setTenant(snapshot(code, nameJa, nameEn, kind, population)).setChangedFields(List.of("population"))
                .build();
    }

    /** Saijo's population changed: the update most tests need. */
    public static TenantUpdated saijoUpdated(UUID eventId) {
        return tenantUpdated(eventId, "382060", "西条市", "Saijo", "city", 104474L);
    }

    public static CollaborationChanged collaborationChanged(String code, String nameJa, String leadCode,
            List<String> memberCodes) {
        return CollaborationChanged.newBuilder().setMeta(meta(UUID.randomUUID(), leadCode)).setCode(code)
                .setNameJa(nameJa).setNameEn(code).setLeadCode(leadCode).setMemberCodes(memberCodes).build();
    }
}

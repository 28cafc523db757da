package jp.lg.platform.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.directory.CollaborationChanged;
import jp.lg.platform.events.directory.TenantRegistered;
import jp.lg.platform.events.directory.TenantSnapshot;
import jp.lg.platform.events.directory.TenantUpdated;
import org.jdbi.v3.core.Handle;

/** Writes the directory's events to the outbox, in the transaction of the change they describe. */
final class DirectoryEvents {

    private final EventMetadataFactory metadata;

    DirectoryEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    void registered(Handle handle, Tenant tenant, CommandContext change) {
        Outbox.append(handle, DirectoryTopics.TENANTS, tenant.code().value(), TenantRegistered.newBuilder()
                .setMeta(meta(tenant.code(), change)).setTenant(snapshot(tenant)).build());
    }

    void updated(Handle handle, Tenant before, Tenant after, CommandContext change) {
        Outbox.append(handle, DirectoryTopics.TENANTS, after.code().value(), TenantUpdated.newBuilder()
                .setMeta(meta(after.code(), change)).setTenant(snapshot(after))
                .setChangedFields(changedFields(before, after)).build());
    }

    void collaborationChanged(Handle handle, Collaboration c, CommandContext change) {
        Outbox.append(handle, DirectoryTopics.COLLABORATIONS, c.code(), CollaborationChanged.newBuilder()
                .setMeta(meta(c.leadCode(), change)).setCode(c.code()).setNameJa(c.nameJa()).setNameEn(c.nameEn())
                .setLeadCode(c.leadCode().value()).setMemberCodes(c.members().stream().map(LgCode::value).toList())
                .build());
    }

    static TenantSnapshot snapshot(Tenant t) {
        return TenantSnapshot.newBuilder()
                .setCode(t.code().value()).setNameJa(t.nameJa()).setNameEn(t.nameEn()).setKind(t.kind().code())
                .setParentCode(t.parentCode().map(LgCode::value).orElse(null))
                .setAizuGroup(t.aizuGroup().orElse(null)).setPopulation(t.population())
                .setPopulationAsOf(t.populationAsOf()).setOfficeLat(t.office().lat()).setOfficeLon(t.office().lon())
                .build();
    }

    static List<String> changedFields(Tenant before, Tenant after) {
        List<String> changed = new ArrayList<>();
        addIf(changed, "nameJa", !before.nameJa().equals(after.nameJa()));
        addIf(changed, "nameEn", !before.nameEn().equals(after.nameEn()));
        addIf(changed, "kind", before.kind() != after.kind());
        addIf(changed, "parentCode", !before.parentCode().equals(after.parentCode()));
        addIf(changed, "aizuGroup", !before.aizuGroup().equals(after.aizuGroup()));
        addIf(changed, "population", before.population() != after.population());
        addIf(changed, "populationAsOf", !before.populationAsOf().equals(after.populationAsOf()));
        addIf(changed, "office", !before.office().equals(after.office()));
        return changed;
    }

    private static void addIf(List<String> changed, String field, boolean condition) {
        if (condition) {
            changed.add(field);
        }
    }

    private EventMetadata meta(LgCode tenant, CommandContext change) {
        return metadata.create(Optional.of(tenant.value()), change.actor(), change.correlationId());
    }
}

package jp.lg.platform.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.streams.QueryableStores;
import jp.lg.platform.events.directory.CollaborationChanged;
import jp.lg.platform.events.directory.TenantRegistered;
import jp.lg.platform.events.directory.TenantSnapshot;
import jp.lg.platform.events.directory.TenantUpdated;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the directory from the stores of {@link DirectoryTopology}, never from the database. It
 * lags the database by the outbox relay and the stream (usually well under a second), so a
 * tenant or collaboration saved a moment ago may not be here yet. Thread-safe.
 */
public final class DirectoryView {

    private final QueryableStores stores;

    public DirectoryView(QueryableStores stores) {
        this.stores = stores;
    }

    /** The directory entry of the tenant with this LG code, if its event has arrived. */
    public Optional<TenantSnapshot> tenant(String code) {
        return snapshot(tenants(), code);
    }

    /** The collaboration with its lead and members, or empty if no such collaboration is known. */
    public Optional<CollaborationMembers> members(String collaborationCode) {
        ReadOnlyKeyValueStore<String, CollaborationChanged> collaborations =
                stores.keyValueStore(DirectoryTopology.COLLABORATIONS_STORE);
        CollaborationChanged collaboration = collaborations.get(collaborationCode);
        if (collaboration == null) {
            return Optional.empty();
        }
        ReadOnlyKeyValueStore<String, SpecificRecord> tenants = tenants();
        List<CollaborationMembers.Member> members = collaboration.getMemberCodes().stream()
                .map(code -> member(tenants, code))
                .sorted(Comparator.comparing(CollaborationMembers.Member::code))
                .toList();
        return Optional.of(new CollaborationMembers(collaboration.getCode(), collaboration.getNameJa(),
                collaboration.getNameEn(), member(tenants, collaboration.getLeadCode()), members));
    }

    private ReadOnlyKeyValueStore<String, SpecificRecord> tenants() {
        return stores.keyValueStore(DirectoryTopology.TENANTS_STORE);
    }

    private static CollaborationMembers.Member member(ReadOnlyKeyValueStore<String, SpecificRecord> tenants, String code) {
        return new CollaborationMembers.Member(code, snapshot(tenants, code));
    }

    private static Optional<TenantSnapshot> snapshot(ReadOnlyKeyValueStore<String, SpecificRecord> tenants, String code) {
        SpecificRecord event = tenants.get(code);
        if (event instanceof TenantRegistered registered) {
            return Optional.of(registered.getTenant());
        }
        if (event instanceof TenantUpdated updated) {
            return Optional.of(updated.getTenant());
        }
        return Optional.empty();
    }
}

package jp.lg.platform.directory;

import java.util.List;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.Tenant;

/** Every tenant (by code) and every collaboration at one moment; see {@link DirectoryService#snapshot()}. */
public record DirectorySnapshot(List<Tenant> tenants, List<Collaboration> collaborations) {

    public DirectorySnapshot {
        tenants = List.copyOf(tenants);
        collaborations = List.copyOf(collaborations);
    }
}

package jp.lg.platform.directory;

import java.util.ArrayList;
import java.util.List;

/** What an import of reference data did: counts per kind and a line per added or changed entry. */
public record ImportReport(
        int tenantsAdded, int tenantsChanged, int tenantsUnchanged,
        int collaborationsAdded, int collaborationsChanged, int collaborationsUnchanged,
        List<String> changes) {

    public boolean changedAnything() {
        return tenantsAdded + tenantsChanged + collaborationsAdded + collaborationsChanged > 0;
    }

    /** A short human-readable summary, one line per change after the counts. */
    public String summary() {
        StringBuilder out = new StringBuilder()
                .append("tenants: ").append(tenantsAdded).append(" added, ").append(tenantsChanged)
                .append(" changed, ").append(tenantsUnchanged).append(" unchanged; ")
                .append("collaborations: ").append(collaborationsAdded).append(" added, ")
                .append(collaborationsChanged).append(" changed, ").append(collaborationsUnchanged).append(" unchanged");
        changes.forEach(change -> out.append(System.lineSeparator()).append("  ").append(change));
        return out.toString();
    }

    static final class Builder {
        private int tenantsAdded;
        private int tenantsChanged;
        private int tenantsUnchanged;
        private int collaborationsAdded;
        private int collaborationsChanged;
        private int collaborationsUnchanged;
        private final List<String> changes = new ArrayList<>();

        void tenantAdded(String what) {
            tenantsAdded++;
            changes.add("added tenant " + what);
        }

        void tenantChanged(String what) {
            tenantsChanged++;
            changes.add("changed tenant " + what);
        }

        void tenantUnchanged() {
            tenantsUnchanged++;
        }

        void collaborationAdded(String what) {
            collaborationsAdded++;
            changes.add("added collaboration " + what);
        }

        void collaborationChanged(String what) {
            collaborationsChanged++;
            changes.add("changed collaboration " + what);
        }

        void collaborationUnchanged() {
            collaborationsUnchanged++;
        }

        ImportReport build() {
            return new ImportReport(tenantsAdded, tenantsChanged, tenantsUnchanged, collaborationsAdded,
                    collaborationsChanged, collaborationsUnchanged, changes);
        }
    }
}

package jp.lg.platform.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.ReferenceData;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The tenant directory: who is on the platform and which collaborations they form. Reads are open
 * to every authenticated user; changes come from platform administrators or the reference data
 * import. Every change runs in one transaction and either applies whole or not at all.
 */
public final class DirectoryService {

    /**
     * Changes whenever a tenant or collaboration row is added or changed (every change sets its
     * {@code updated_at}; a collaboration's members change with it): a count and a sum of hashes of
     * code and update time, not the latest update time, which a transaction that began earlier could
     * commit after a later one.
     */
    private static final String VERSION = "select (select count(*) || ':' || coalesce(sum(hashtextextended("
            + "code || updated_at::text, 0)), 0) from tenants) || '/' || (select count(*) || ':'"
            + " || coalesce(sum(hashtextextended(code || updated_at::text, 0)), 0) from collaborations)";

    private final Jdbi jdbi;
    private final DirectoryEvents events;
    private final TenantRules rules = new TenantRules();
    private final AtomicReference<Versioned> snapshot = new AtomicReference<>(new Versioned("", null));

    public DirectoryService(Jdbi jdbi, EventMetadataFactory metadata) {
        this.jdbi = jdbi;
        this.events = new DirectoryEvents(metadata);
    }

    /**
     * The whole directory as it stands. Kept in memory and read again only when a tenant or collaboration
     * has changed since (one small query tells), so a reader that needs every tenant on each request, like
     * the analyst API, does not map some 1,800 rows each time.
     */
    public DirectorySnapshot snapshot() {
        return jdbi.withHandle(h -> {
            String version = h.createQuery(VERSION).mapTo(String.class).one();
            Versioned known = snapshot.get();
            if (known.version().equals(version)) {
                return known.snapshot();
            }
            DirectorySnapshot fresh = new DirectorySnapshot(h.attach(TenantDao.class).page("", Integer.MAX_VALUE),
                    h.attach(CollaborationDao.class).all());
            snapshot.set(new Versioned(version, fresh)); // read after the version: at least as new as it says
            return fresh;
        });
    }

    /** Tenants ordered by code, starting after {@code afterCode} (exclusive; empty for the first page). */
    public List<Tenant> tenants(String afterCode, int limit) {
        return jdbi.withExtension(TenantDao.class, dao -> dao.page(afterCode, limit));
    }

    public Optional<Tenant> tenant(LgCode code) {
        return jdbi.withExtension(TenantDao.class, dao -> dao.find(code.value()));
    }

    public Tenant requireTenant(String code) {
        return Optional.ofNullable(LgCode.isValid(code) ? LgCode.parse(code) : null)
                .flatMap(this::tenant)
                .orElseThrow(() -> ProblemException.notFound("No tenant has the LG code '" + code + "'."));
    }

    public List<Collaboration> collaborations() {
        return jdbi.withExtension(CollaborationDao.class, CollaborationDao::all);
    }

    /** The collaboration with {@code code}, if there is one (none for a null code). */
    public Optional<Collaboration> collaboration(String code) {
        return code == null ? Optional.empty() : jdbi.withExtension(CollaborationDao.class, dao -> dao.find(code));
    }

    public Collaboration requireCollaboration(String code) {
        return collaboration(code)
                .orElseThrow(() -> ProblemException.notFound("No collaboration has the code '" + code + "'."));
    }

    /** Registers a new tenant; 409 when the code is taken, 400 when its place in the hierarchy is wrong. */
    public Tenant register(Tenant tenant, CommandContext command) {
        return jdbi.inTransaction(handle -> {
            TenantDao dao = handle.attach(TenantDao.class);
            rules.checkParent(tenant, parentOf(dao, tenant));
            if (dao.insert(tenant) == 0) {
                throw new ProblemException(ProblemType.ALREADY_EXISTS, "A tenant with the LG code " + tenant.code()
                        + " already exists; use PUT /api/v1/tenants/" + tenant.code() + " to change it.");
            }
            events.registered(handle, tenant, command);
            return tenant;
        });
    }

    /** Replaces the tenant with {@code code}; 404 when there is none. */
    public Tenant replace(String code, Tenant tenant, CommandContext command) {
        if (!tenant.code().value().equals(code)) {
            throw ProblemException.invalidField("code", "must equal the code in the address (" + code + ")");
        }
        return jdbi.inTransaction(handle -> {
            TenantDao dao = handle.attach(TenantDao.class);
            Tenant current = dao.lock(code).orElseThrow(
                    () -> ProblemException.notFound("No tenant has the LG code '" + code + "'; create it with POST."));
            rules.checkParent(tenant, parentOf(dao, tenant));
            rules.checkKindChange(current, tenant, () -> hasMunicipalities(handle, tenant.code()));
            if (!current.equals(tenant)) {
                dao.update(tenant);
                events.updated(handle, current, tenant, command);
            }
            return tenant;
        });
    }

    /**
     * Creates or replaces a collaboration; every tenant it names must exist, the lead must not be
     * listed as a member, and no member twice. Returns whether it was created.
     */
    public boolean saveCollaboration(Collaboration collaboration, CommandContext command) {
        return jdbi.inTransaction(handle -> {
            rules.checkMembers(collaboration, codes -> handle.attach(TenantDao.class).existing(codes));
            CollaborationDao dao = handle.attach(CollaborationDao.class);
            Optional<Collaboration> current = dao.find(collaboration.code());
            if (current.isEmpty() || !current.get().equals(collaboration)) {
                dao.save(collaboration);
                events.collaborationChanged(handle, collaboration, command);
            }
            return current.isEmpty();
        });
    }

    /** Makes the directory match the reference data; safe to run again, reports what it changed. */
    public ImportReport importReferenceData(ReferenceData data) {
        CommandContext command = CommandContext.system();
        return jdbi.inTransaction(handle -> {
            ImportReport.Builder report = new ImportReport.Builder();
            TenantDao tenants = handle.attach(TenantDao.class);
            List<Tenant> parentsFirst = data.tenants().stream()
                    .sorted(Comparator.comparing((Tenant t) -> t.kind().isMunicipality()).thenComparing(Tenant::code))
                    .toList();
            for (Tenant tenant : parentsFirst) {
                Optional<Tenant> current = tenants.find(tenant.code().value());
                if (current.isEmpty()) {
                    tenants.insert(tenant);
                    events.registered(handle, tenant, command);
                    report.tenantAdded(tenant.code() + " " + tenant.nameJa());
                } else if (!current.get().equals(tenant)) {
                    tenants.update(tenant);
                    events.updated(handle, current.get(), tenant, command);
                    report.tenantChanged(tenant.code() + " " + tenant.nameJa());
                } else {
                    report.tenantUnchanged();
                }
            }
            CollaborationDao collaborations = handle.attach(CollaborationDao.class);
            for (Collaboration collaboration : data.collaborations()) {
                Optional<Collaboration> current = collaborations.find(collaboration.code());
                if (current.isEmpty()) {
                    report.collaborationAdded(collaboration.code() + " " + collaboration.nameJa());
                } else if (!current.get().equals(collaboration)) {
                    report.collaborationChanged(collaboration.code() + " " + collaboration.nameJa());
                } else {
                    report.collaborationUnchanged();
                    continue;
                }
                collaborations.save(collaboration);
                events.collaborationChanged(handle, collaboration, command);
            }
            return report.build();
        });
    }

    /** Takes the DAO already attached to the transaction: attaching costs more than the query. */
    private static Optional<Tenant> parentOf(TenantDao dao, Tenant tenant) {
        return tenant.parentCode().flatMap(parent -> dao.find(parent.value()));
    }

    private static boolean hasMunicipalities(Handle handle, LgCode code) {
        return handle.createQuery("select exists (select 1 from tenants where parent_code = :code)")
                .bind("code", code.value()).mapTo(Boolean.class).one();
    }

    private record Versioned(String version, DirectorySnapshot snapshot) {}
}

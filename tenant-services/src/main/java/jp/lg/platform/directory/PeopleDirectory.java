package jp.lg.platform.directory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.events.directory.TenantPeople;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who works for which tenant, learnt from the tokens of people who call the API. The first call of
 * a user, and any call after their name, e-mail or roles changed in Keycloak, writes their row and,
 * in the same transaction, a {@code TenantPeople} event with the tenant's whole staff list. Every
 * other call is answered from memory. The rows are tenant-owned: a tenant reads its own people and
 * those of the tenants it shares a collaboration with.
 */
public final class PeopleDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(PeopleDirectory.class);
    private static final int REMEMBERED = 100_000;

    private final TenantTransactions transactions;
    private final EventMetadataFactory metadata;
    private final Cache<String, Person> recorded = Caffeine.newBuilder().maximumSize(REMEMBERED).build();

    public PeopleDirectory(TenantTransactions transactions, EventMetadataFactory metadata) {
        this.transactions = transactions;
        this.metadata = metadata;
    }

    /**
     * Records the caller if they are new or changed. Never throws: a caller whose row cannot be
     * written now is still served, and is tried again on their next call.
     */
    public void seen(LgPrincipal principal) {
        Optional<Person> person = Person.of(principal);
        if (person.isEmpty() || person.get().equals(recorded.getIfPresent(principal.userId()))) {
            return;
        }
        try {
            record(person.get());
            recorded.put(principal.userId(), person.get());
        } catch (RuntimeException e) {
            LOG.warn("Could not record {} in the people directory; trying again on their next call", principal.username(), e);
        }
    }

    /** Writes {@code person} and, if anything changed, the tenant's staff list to the outbox. */
    void record(Person person) {
        transactions.inTenant(person.tenant(), handle -> {
            // one writer per tenant at a time, so each TenantPeople event includes every earlier change
            handle.createQuery("select pg_advisory_xact_lock(hashtext('lg.people.' || :tenant))")
                    .bind("tenant", person.tenant().value()).mapTo(String.class).one();
            int changed = handle.createUpdate("""
                    insert into people (user_id, tenant_code, username, display_name, email, roles)
                    values (:userId, :tenant, :username, :displayName, :email, :roles)
                    on conflict (user_id) do update
                        set tenant_code = excluded.tenant_code, username = excluded.username,
                            display_name = excluded.display_name, email = excluded.email,
                            roles = excluded.roles, updated_at = now()
                        where (people.tenant_code, people.username, people.display_name, people.email, people.roles)
                              is distinct from
                              (excluded.tenant_code, excluded.username, excluded.display_name, excluded.email, excluded.roles)
                    """)
                    .bind("userId", person.userId())
                    .bind("tenant", person.tenant().value())
                    .bind("username", person.username())
                    .bind("displayName", person.displayName())
                    .bind("email", person.email().orElse(null))
                    .bind("roles", roleNames(person.roles()))
                    .execute();
            if (changed > 0) {
                publish(handle, person);
            }
            return null;
        });
    }

    private void publish(Handle handle, Person person) {
        String tenant = person.tenant().value();
        List<jp.lg.platform.events.directory.Person> staff = peopleOf(handle, person.tenant()).stream()
                .map(p -> jp.lg.platform.events.directory.Person.newBuilder()
                        .setUserId(p.userId())
                        .setUsername(p.username())
                        .setDisplayName(p.displayName())
                        .setEmail(p.email().orElse(null))
                        .setRoles(Arrays.asList(roleNames(p.roles())))
                        .build())
                .toList();
        Outbox.append(handle, DirectoryTopics.PEOPLE, tenant, TenantPeople.newBuilder()
                .setMeta(metadata.create(Optional.of(tenant), person.userId(), UUID.randomUUID().toString()))
                .setTenantCode(tenant)
                .setPeople(staff)
                .build());
    }

    /** The people of {@code tenant} by username, as far as the handle's tenant may see them. */
    public List<Person> peopleOf(Handle handle, LgCode tenant) {
        return handle.createQuery("select * from people where tenant_code = :tenant order by username")
                .bind("tenant", tenant.value())
                .map(PeopleDirectory::person)
                .list();
    }

    /** The person with {@code username}, if the handle's tenant may see them. */
    public Optional<Person> byUsername(Handle handle, String username) {
        return handle.createQuery("select * from people where username = :username")
                .bind("username", username)
                .map(PeopleDirectory::person)
                .findOne();
    }

    /**
     * Up to {@code limit} people the handle's tenant may see, by username after {@code afterUsername}
     * (exclusive; empty for the first page), optionally of one tenant and matching {@code query} in
     * their username or name.
     */
    public List<Person> visible(Handle handle, Optional<LgCode> tenant, Optional<String> query, String afterUsername,
            int limit) {
        return handle.createQuery("""
                select * from people
                where username > :after
                  and (cast(:tenant as varchar) is null or tenant_code = :tenant)
                  and (cast(:query as text) is null
                       or strpos(lower(username), lower(:query)) > 0 or strpos(lower(display_name), lower(:query)) > 0)
                order by username
                limit :limit
                """)
                .bind("after", afterUsername)
                .bind("tenant", tenant.map(LgCode::value).orElse(null))
                .bind("query", query.orElse(null))
                .bind("limit", limit)
                .map(PeopleDirectory::person)
                .list();
    }

    private static String[] roleNames(Set<Role> roles) {
        return roles.stream().map(Role::keycloakName).sorted().toArray(String[]::new);
    }

    private static Person person(ResultSet rs, StatementContext ctx) throws SQLException {
        Set<Role> roles = Arrays.stream((String[]) rs.getArray("roles").getArray())
                .map(Role::fromKeycloakName)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        return new Person(rs.getString("user_id"), LgCode.parse(rs.getString("tenant_code")), rs.getString("username"),
                rs.getString("display_name"), Optional.ofNullable(rs.getString("email")), roles);
    }
}

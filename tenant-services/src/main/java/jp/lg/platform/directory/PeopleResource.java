package jp.lg.platform.directory;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Page;
import jp.lg.platform.core.web.ProblemException;

/**
 * The people a caller can address: their own colleagues and the staff of every tenant they share a
 * collaboration with, as far as those people have signed in (for mentions and direct conversations).
 */
@Path("/api/v1/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "directory")
@SecurityRequirement(name = "bearer")
public final class PeopleResource {

    private final TenantTransactions transactions;
    private final PeopleDirectory people;

    public PeopleResource(TenantTransactions transactions, PeopleDirectory people) {
        this.transactions = transactions;
        this.people = people;
    }

    /** A person as the API shows them; the e-mail address stays inside the platform. */
    public record PersonView(String userId, String username, String displayName, String tenantCode, List<Role> roles) {
        static PersonView of(Person p) {
            return new PersonView(p.userId(), p.username(), p.displayName(), p.tenant().value(),
                    p.roles().stream().sorted().toList());
        }
    }

    @GET
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.STAFF, Role.Names.EXPERT, Role.Names.ANALYST})
    @Operation(summary = "People I can address (my tenant and the tenants of my collaborations), by username",
            description = "People appear once they have signed in to the platform.")
    public Page<PersonView> list(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @QueryParam("tenant") @Parameter(description = "only this tenant (LG code)", example = "382060") String tenant,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "part of the username or name", example = "saijo") String q,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        Optional<LgCode> only = Optional.ofNullable(tenant).map(code -> {
            String problem = LgCode.problemWith(code);
            if (problem != null) {
                throw ProblemException.invalidField("tenant", problem);
            }
            return LgCode.parse(code);
        });
        Optional<String> query = Optional.ofNullable(q).map(String::strip).filter(s -> !s.isEmpty());
        LgCode mine = caller.tenant().orElseThrow();
        List<Person> rows = transactions.inTenant(mine,
                handle -> people.visible(handle, only, query, Page.decode(cursor), limit + 1));
        return Page.of(rows, limit, Person::username, PersonView::of);
    }
}

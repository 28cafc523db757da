package jp.lg.platform.directory;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.events.directory.Person;
import jp.lg.platform.events.directory.TenantPeople;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** People become known when they first call the API; a tenant sees its own and its collaborations' people. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PeopleIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String SAIJO = "382060";

    @Test
    void aCallerIsRecordedOnceWithTheirNameAndTheirTownsStaffListIsPublished() {
        String saijo = Tokens.forUser("saijo.staff");
        ok(call(APP, "/api/v1/me", saijo).get());
        long events = outboxRows(SAIJO);

        ok(call(APP, "/api/v1/me", saijo).get());
        ok(call(APP, "/api/v1/people", saijo).get());

        assertThat(outboxRows(SAIJO)).as("a known, unchanged caller writes no event").isEqualTo(events);
        String row = PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(SAIJO));
            return h.createQuery("select display_name, email, roles, tenant_code from people where username = 'saijo.staff'")
                .map((rs, ctx) -> rs.getString("display_name") + "|" + rs.getString("email") + "|"
                        + String.join(",", (String[]) rs.getArray("roles").getArray()) + "|" + rs.getString("tenant_code"))
                .one();
        });
        assertThat(row).matches("[^|]+\\|saijo\\.staff@382060\\.lg\\.invalid\\|staff\\|382060");

        List<TenantPeople> published = TopicRecords.valuesOf(DirectoryTopics.PEOPLE, SAIJO, 1, Duration.ofSeconds(30));
        assertThat(published).isNotEmpty();
        assertThat(published.get(published.size() - 1).getPeople()).extracting(Person::getUsername).contains("saijo.staff");
    }

    @Test
    void aTownSeesThePeopleOfItsCollaborationsAndNobodyElse() {
        String saijo = Tokens.forUser("saijo.staff");
        String uwajima = Tokens.forUser("uwajima.staff");
        String bandai = Tokens.forUser("bandai.staff");
        ok(call(APP, "/api/v1/me", saijo).get());
        ok(call(APP, "/api/v1/me", bandai).get());

        assertThat(usernames(ok(call(APP, "/api/v1/people?q=saijo", uwajima).get())))
                .as("Uwajima shares Team Ehime with Saijo").contains("saijo.staff");
        assertThat(usernames(ok(call(APP, "/api/v1/people?tenant=" + SAIJO, uwajima).get()))).contains("saijo.staff")
                .allMatch(u -> !u.equals("bandai.staff"));
        assertThat(usernames(ok(call(APP, "/api/v1/people?q=saijo", bandai).get())))
                .as("Bandai (Aizu) shares no collaboration with Saijo").isEmpty();
        assertThat(usernames(ok(call(APP, "/api/v1/people?q=bandai", saijo).get()))).isEmpty();
    }

    @Test
    void aBadFilterIsA400() {
        String saijo = Tokens.forUser("saijo.staff");

        JsonNode bad = problem(call(APP, "/api/v1/people?tenant=38206", saijo).get(), 400, "validation-failed");
        assertThat(bad.get("errors")).extracting(e -> e.get("field").asText()).contains("tenant");
        problem(call(APP, "/api/v1/people?cursor=@@@", saijo).get(), 400, "validation-failed");
    }

    private static List<String> usernames(JsonNode page) {
        return page.get("items").findValuesAsText("username");
    }

    private static long outboxRows(String tenant) {
        return PlatformStack.get().ownerJdbi().withHandle(h -> h.createQuery(
                "select count(*) from outbox where topic = :topic and record_key = :key")
                .bind("topic", DirectoryTopics.PEOPLE.name()).bind("key", tenant).mapTo(Long.class).one());
    }
}

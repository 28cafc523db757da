package jp.lg.platform.experts;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.fixtureText;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An expert's calendar feed through its secret URL, on real PostgreSQL and Keycloak tokens; Ikata (伊方町) asks. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ExpertCalendarIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static String expertId;

    @BeforeAll
    static void anExpertHasAConfirmedVisitInIkata() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String body = fixtureText("experts/experts/design-ux.json").replace("expert.design-ux", "expert.calendar-it");
        expertId = created(call(APP, "/api/v1/experts", coordinator).post(Entity.json(body))).get("id").asText();
        String request = created(call(APP, "/api/v1/expert-requests", Tokens.forUser("ikata.staff"))
                .post(jsonFixture("experts/requests/team-ehime-visit.json"))).get("id").asText();
        ok(call(APP, "/api/v1/expert-requests/" + request + "/triage", coordinator).post(null));
        int confirmed = PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse("380008"));
            return h.createUpdate("update expert_requests set status = 'CONFIRMED', assigned_expert_id = cast(:expert as uuid),"
                            + " visit_start = '2030-05-13T10:00:00+09:00', visit_end = '2030-05-13T11:30:00+09:00'"
                            + " where id = cast(:id as uuid)")
                    .bind("expert", expertId).bind("id", request).execute();
        });
        assertThat(confirmed).isOne();
    }

    @Test
    void theSecretUrlOpensTheFeedWithoutATokenUntilANewOneIsMade() {
        String first = calendarUrl(Tokens.forUser("ehime.coordinator"));
        Response feed = APP.client().target(first).request().get();
        String ics = feed.readEntity(String.class);

        assertThat(feed.getStatus()).as(ics).isEqualTo(200);
        assertThat(feed.getMediaType().toString()).startsWith("text/calendar");
        assertThat(ics).contains("BEGIN:VEVENT").contains("SUMMARY:伊方町：窓口手続きのUI改善")
                .contains("DTSTART:20300513T010000Z").contains("DTEND:20300513T023000Z");

        String second = calendarUrl(Tokens.forUser("ehime.coordinator"));
        assertThat(second).isNotEqualTo(first);
        problem(APP.client().target(first).request().get(), 404, "not-found");
        assertThat(APP.client().target(second).request().get().getStatus()).isEqualTo(200);
    }

    @Test
    void aWrongOrMissingSecretOpensNothing() {
        String base = "http://127.0.0.1:" + APP.getLocalPort() + "/api/v1/experts/" + expertId + "/calendar.ics";

        problem(APP.client().target(base + "?secret=guess").request().get(), 404, "not-found");
        problem(APP.client().target(base).request().get(), 400, "validation-failed");
        problem(APP.client().target("http://127.0.0.1:" + APP.getLocalPort()
                + "/api/v1/experts/00000000-0000-0000-0000-000000000000/calendar.ics?secret=guess").request().get(),
                404, "not-found");
    }

    @Test
    void onlyTheExpertOrACoordinatorOfTheLeadMakesAUrl() {
        problem(call(APP, "/api/v1/experts/" + expertId + "/calendar-url", Tokens.forUser("uwajima.staff")).post(null),
                403, "forbidden");
        problem(call(APP, "/api/v1/experts/" + expertId + "/calendar-url", Tokens.forUser("fukushima.coordinator"))
                .post(null), 404, "not-found");
        problem(call(APP, "/api/v1/experts/" + expertId + "/calendar-url", Tokens.forUser("expert.data-utilization"))
                .post(null), 403, "forbidden");
    }

    private static String calendarUrl(String token) {
        String url = ok(call(APP, "/api/v1/experts/" + expertId + "/calendar-url", token).post(null)).get("url").asText();
        assertThat(url).contains("/api/v1/experts/" + expertId + "/calendar.ics?secret=");
        return url;
    }
}

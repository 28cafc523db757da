package jp.lg.platform.api;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.IdempotencyKeys;
import jp.lg.platform.core.web.IdempotencyStore;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A command retried with the same Idempotency-Key runs once; the retry gets the first answer. */
@ExtendWith(DropwizardExtensionsSupport.class)
class IdempotencyIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String EHIME = "380008";
    private static final String MATSUNO = "384844";

    @Test
    void aRetriedCommandRunsOnceAndTheRetryGetsTheFirstAnswer() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String key = UUID.randomUUID().toString();
        Entity<String> expert = expert("expert.idempotent-" + key);
        long before = experts();

        Response first = call(APP, "/api/v1/experts", coordinator).header("Idempotency-Key", key).post(expert);
        JsonNode registered = created(first);
        Response retry = call(APP, "/api/v1/experts", coordinator).header("Idempotency-Key", key).post(expert);
        JsonNode replayed = created(retry);

        assertThat(replayed).isEqualTo(registered);
        assertThat(retry.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getLocation()).isEqualTo(first.getLocation());
        assertThat(retry.getMediaType().toString()).startsWith("application/json");
        assertThat(experts()).isEqualTo(before + 1);
        problem(call(APP, "/api/v1/experts", coordinator).post(expert), 409, "already-exists");
        assertThat(keptAnswers(EHIME, key)).as("the kept answer is a row of Ehime's tenant").isOne();
        assertThat(keptAnswers(MATSUNO, key)).as("and no other tenant sees it").isZero();
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndWritesNothing() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String key = UUID.randomUUID().toString();
        created(call(APP, "/api/v1/experts", coordinator).header("Idempotency-Key", key)
                .post(expert("expert.first-" + key)));
        long before = experts();

        JsonNode refused = problem(call(APP, "/api/v1/experts", coordinator).header("Idempotency-Key", key)
                .post(expert("expert.second-" + key)), 422, "idempotency-key-reused");

        assertThat(refused.get("detail").asText()).contains("new key");
        assertThat(experts()).isEqualTo(before);
    }

    @Test
    void aRefusalIsAnAnswerTooAndABadKeyIsA400() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String key = UUID.randomUUID().toString();
        Entity<String> bad = Entity.entity("{\"collaborationCode\":\"team-ehime\"}", MediaType.APPLICATION_JSON_TYPE);

        problem(call(APP, "/api/v1/experts", coordinator).header("Idempotency-Key", key).post(bad), 400, "validation-failed");
        Response again = call(APP, "/api/v1/experts", coordinator).header("Idempotency-Key", key).post(bad);
        assertThat(again.getHeaderString("Idempotent-Replayed")).isEqualTo("true");
        problem(again, 400, "validation-failed");

        problem(call(APP, "/api/v1/experts", coordinator).header("Idempotency-Key", "x".repeat(256))
                .post(expert("expert.long-key")), 400, "bad-request");
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();
        Entity<String> request = Entity.entity(PlatformApp.fixtureText("experts/requests/team-ehime-visit.json"),
                MediaType.APPLICATION_JSON_TYPE);

        String masaki = created(call(APP, "/api/v1/expert-requests", Tokens.forUser("masaki.staff"))
                .header("Idempotency-Key", key).post(request)).get("id").asText();
        String kihoku = created(call(APP, "/api/v1/expert-requests", Tokens.forUser("kihoku.staff"))
                .header("Idempotency-Key", key).post(request)).get("id").asText();

        assertThat(kihoku).isNotEqualTo(masaki);
    }

    @Test
    void concurrentRetriesSubmitOnce() {
        String matsuno = Tokens.forUser("matsuno.staff");
        String key = UUID.randomUUID().toString();
        Entity<String> request = Entity.entity(PlatformApp.fixtureText("experts/requests/team-ehime-visit.json"),
                MediaType.APPLICATION_JSON_TYPE);
        long before = requests(MATSUNO);

        List<CompletableFuture<Response>> calls = List.of(1, 2, 3, 4).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    Response response = call(APP, "/api/v1/expert-requests", matsuno).header("Idempotency-Key", key)
                            .post(request);
                    response.bufferEntity();
                    return response;
                }))
                .toList();
        List<Response> responses = calls.stream().map(CompletableFuture::join).toList();

        assertThat(requests(MATSUNO)).isEqualTo(before + 1);
        assertThat(responses).extracting(Response::getStatus).contains(201);
        responses.stream().filter(r -> r.getStatus() != 201)
                .forEach(r -> problem(r, 409, "idempotency-key-in-progress"));
        assertThat(responses.stream().filter(r -> r.getStatus() == 201).map(r -> Json.read(r.readEntity(String.class))
                .get("id").asText()).distinct()).hasSize(1);
    }

    @Test
    void thePrunerDeletesExpiredKeysOfEveryTenantUnderRowLevelSecurity() {
        String key = UUID.randomUUID().toString();
        for (String tenant : List.of(EHIME, MATSUNO)) {
            PlatformStack.get().ownerJdbi().useTransaction(h -> {
                TenantTransactions.enter(h, LgCode.parse(tenant));
                h.createUpdate("insert into idempotency_keys (tenant_code, user_id, idempotency_key, fingerprint, created_at) "
                        + "values (:tenant, :user, :key, 'f', now() - interval '25 hours')")
                        .bind("tenant", tenant).bind("user", "someone-of-" + tenant).bind("key", key).execute();
            });
        }

        // the schema owner is under forced row-level security like the application's role
        int pruned = new IdempotencyStore(PlatformStack.get().ownerJdbi(), java.time.Duration.ofMinutes(1))
                .prune(IdempotencyKeys.RETENTION);

        assertThat(pruned).isGreaterThanOrEqualTo(2);
        assertThat(keptAnswers(EHIME, key) + keptAnswers(MATSUNO, key)).isZero();
    }

    private static Entity<String> expert(String username) {
        return Entity.entity("""
                {"collaborationCode": "team-ehime", "name": "冪等 太郎", "specialties": ["design-ux"],
                 "homeOfficeCode": "382019", "weeklyVisitLimit": 3, "username": "%s"}""".formatted(username),
                MediaType.APPLICATION_JSON_TYPE);
    }

    private static long keptAnswers(String tenant, String key) {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(tenant));
            return h.createQuery("select count(*) from idempotency_keys where idempotency_key = :key").bind("key", key)
                    .mapTo(Long.class).one();
        });
    }

    private static long requests(String town) {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(town));
            return h.createQuery("select count(*) from expert_requests").mapTo(Long.class).one();
        });
    }

    private static long experts() {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(EHIME));
            return h.createQuery("select count(*) from experts").mapTo(Long.class).one();
        });
    }
}

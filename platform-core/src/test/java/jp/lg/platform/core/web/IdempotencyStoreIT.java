package jp.lg.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import jp.lg.platform.core.support.TestDatabase;
import jp.lg.platform.core.tenancy.LgCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The kept answers of Idempotency-Keys, against a real PostgreSQL. */
class IdempotencyStoreIT {

    private static final LgCode SAIJO = LgCode.parse("382060");

    @RegisterExtension
    static final TestDatabase.PoolPerClass DB = TestDatabase.poolPerClass(2);

    private final IdempotencyStore store = new IdempotencyStore(DB.jdbi(), Duration.ofMinutes(1));

    @BeforeEach
    void empty() {
        DB.jdbi().useHandle(h -> h.execute("delete from idempotency_keys"));
    }

    @Test
    void theFirstRequestRunsARetryWhileItRunsWaitsAndARetryAfterwardsGetsTheSameAnswer() {
        assertThat(store.claim(SAIJO, "u1", "k", "f")).isInstanceOf(IdempotencyStore.Run.class);
        assertThat(store.claim(SAIJO, "u1", "k", "f")).isInstanceOf(IdempotencyStore.InProgress.class);

        store.complete(SAIJO, "u1", "k", 201, Optional.of("application/json"), Optional.of("http://x/api/v1/things/1"),
                "{\"id\":1}".getBytes(StandardCharsets.UTF_8));

        IdempotencyStore.Claim again = store.claim(SAIJO, "u1", "k", "f");
        assertThat(again).isInstanceOfSatisfying(IdempotencyStore.Replay.class, replay -> {
            assertThat(replay.status()).isEqualTo(201);
            assertThat(replay.contentType()).contains("application/json");
            assertThat(replay.location()).contains("http://x/api/v1/things/1");
            assertThat(new String(replay.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":1}");
        });
    }

    @Test
    void theSameKeyForAnotherRequestIsAMismatchButAnotherUserHasTheirOwnKeys() {
        store.claim(SAIJO, "u1", "k", "f");

        assertThat(store.claim(SAIJO, "u1", "k", "other")).isInstanceOf(IdempotencyStore.Mismatch.class);
        assertThat(store.claim(SAIJO, "u2", "k", "other")).isInstanceOf(IdempotencyStore.Run.class);
    }

    @Test
    void aReleasedClaimRunsAgain() {
        store.claim(SAIJO, "u1", "k", "f");
        store.release(SAIJO, "u1", "k");

        assertThat(store.claim(SAIJO, "u1", "k", "f")).isInstanceOf(IdempotencyStore.Run.class);
    }

    @Test
    void aClaimWhoseServerDiedIsTakenOverAfterAWhile() {
        store.claim(SAIJO, "u1", "k", "f");
        DB.jdbi().useHandle(h -> h.execute("update idempotency_keys set created_at = now() - interval '2 minutes'"));

        assertThat(store.claim(SAIJO, "u1", "k", "f")).isInstanceOf(IdempotencyStore.Run.class);
        assertThat(store.claim(SAIJO, "u1", "k", "f")).as("taken over, so in progress again").isInstanceOf(IdempotencyStore.InProgress.class);
    }

    @Test
    void aCompletedAnswerIsNeverTakenOverAndOldKeysArePruned() {
        store.claim(SAIJO, "u1", "old", "f");
        store.complete(SAIJO, "u1", "old", 204, Optional.empty(), Optional.empty(), new byte[0]);
        store.claim(SAIJO, "u1", "new", "f");
        DB.jdbi().useHandle(h -> h.execute("update idempotency_keys set created_at = now() - interval '25 hours' "
                + "where idempotency_key = 'old'"));

        assertThat(store.claim(SAIJO, "u1", "old", "f")).isInstanceOf(IdempotencyStore.Replay.class);
        assertThat(store.prune(Duration.ofHours(24))).isEqualTo(1);
        assertThat(store.claim(SAIJO, "u1", "old", "f")).isInstanceOf(IdempotencyStore.Run.class);
        assertThat(store.claim(SAIJO, "u1", "new", "f")).isInstanceOf(IdempotencyStore.InProgress.class);
    }
}

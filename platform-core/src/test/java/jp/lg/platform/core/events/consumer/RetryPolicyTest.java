package jp.lg.platform.core.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.IntStream;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.schemas.UndecodableEventException;
import org.apache.kafka.common.errors.SerializationException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void backsOffExponentiallyFrom100MillisecondsUpToFiveSeconds() {
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(policy::backoffAfter).map(Duration::toMillis))
                .containsExactly(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L);
    }

    @Test
    void retriesATransientFailureUntilTheLastAttempt() {
        IllegalStateException transientFailure = new IllegalStateException("lock timeout");

        assertThat(IntStream.rangeClosed(1, 4)).allMatch(attempt -> policy.retriesAfter(attempt, transientFailure));
        assertThat(policy.retriesAfter(5, transientFailure)).isFalse();
    }

    @Test
    void neverRetriesAnEventThatCannotBeProcessed() {
        assertThat(policy.retriesAfter(1, new IllegalArgumentException("no meta field"))).isFalse();
        assertThat(policy.retriesAfter(1, ProblemException.notFound("no such tenant"))).isFalse();
        assertThat(policy.retriesAfter(1, new SerializationException("cannot read",
                new UndecodableEventException("missing C3 01 marker")))).isFalse();
    }

    @Test
    void keepsRetryingWhilePostgresqlIsUnreachable() {
        ConnectionException poolDown = new ConnectionException(new SQLException("refused", "08001"));
        UnableToExecuteStatementException shutdown = new UnableToExecuteStatementException(
                new SQLException("terminating connection due to administrator command", "57P01"), null);

        assertThat(policy.retriesAfter(1_000, poolDown)).isTrue();
        assertThat(policy.retriesAfter(1_000, shutdown)).isTrue();
        assertThat(RetryPolicy.isInfrastructure(new IllegalStateException(new ConnectException()))).isFalse();
    }

    @Test
    void refusesASettingThatCouldNeverRetryOrWait() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMillis(100), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

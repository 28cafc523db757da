package jp.lg.platform.procedures;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.junit.jupiter.api.Test;

class PublicLimitsTest {

    @Test
    void refusesAClientBeyondItsBucketButNotOthers() {
        PublicLimits limits = new PublicLimits(3, Duration.ofHours(1));
        for (int i = 0; i < 3; i++) {
            limits.acquire("192.0.2.1");
        }

        assertThatThrownBy(() -> limits.acquire("192.0.2.1")).isInstanceOfSatisfying(ProblemException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.type()).isEqualTo(ProblemType.TOO_MANY_REQUESTS));
        assertThatCode(() -> limits.acquire("192.0.2.2")).doesNotThrowAnyException();
    }
}

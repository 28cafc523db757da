package jp.lg.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTheExampleOfTheStandardWebhooksSpecificationAsItSays() {
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsTwentyFourRandomBytesAfterThePrefix() {
        String secret = WebhookSignature.newSecret();

        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(24);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheLimit() {
        WebhooksConfig config = new WebhooksConfig();

        assertThat(config.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.backoffAfter(4)).isEqualTo(Duration.ofSeconds(80));
        assertThat(config.backoffAfter(20)).isEqualTo(Duration.ofHours(1));
    }
}

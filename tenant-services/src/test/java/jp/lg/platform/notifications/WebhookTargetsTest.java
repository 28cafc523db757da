package jp.lg.platform.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTargetsTest {

    private final WebhookTargets publicOnly = new WebhookTargets(false);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
            "http://172.16.0.9/hook", "http://192.168.1.1/hook", "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/hook", "http://0.0.0.0/hook", "http://[::1]/hook", "http://[fd00::1]/hook",
            "http://[fe80::1]/hook", "http://224.0.0.1/hook", "http://2130706433/hook"})
    void internalAddressesAreRefusedWithTheAddressNamed(String url) {
        assertThat(publicOnly.refusal(URI.create(url))).hasValueSatisfying(why ->
                assertThat(why).contains("internal address").contains("内部ネットワーク"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://203.0.113.10/hooks/lg", "http://198.51.100.7:8443/x", "https://[2001:db8::10]/hook"})
    void publicAddressesMayBePostedTo(String url) {
        assertThat(publicOnly.refusal(URI.create(url))).isEmpty();
    }

    @Test
    void aNameThatDoesNotResolveYetIsLeftToTheDeliveryAttempts() {
        assertThat(publicOnly.refusal(URI.create("https://no-such-town.invalid/hook"))).isEmpty();
    }

    @Test
    void aClosedNetworkDeploymentMayAllowPrivateAddresses() {
        assertThat(new WebhookTargets(true).refusal(URI.create("http://10.20.30.40/hook"))).isEmpty();
    }
}

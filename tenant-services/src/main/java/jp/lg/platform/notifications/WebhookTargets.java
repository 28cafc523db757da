package jp.lg.platform.notifications;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where webhooks may point: a town's own tools or a public service on the internet, never the
 * platform's own network. A URL whose host resolves to a loopback, private, link-local (cloud
 * metadata), carrier-grade NAT, unique-local or multicast address is refused when it is registered
 * and again before each delivery (the name may resolve elsewhere by then), unless the deployment
 * allows private addresses ({@code notifications.webhooks.allowPrivateAddresses}, for a closed
 * network such as LGWAN or for tests).
 */
final class WebhookTargets {

    private final boolean allowPrivate;

    WebhookTargets(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /**
     * Why {@code url} may not be posted to, or empty if it may. A name that does not resolve now is
     * not refused (the town's server may not be up yet); posting to it fails like any unreachable
     * target, and it is checked again before each delivery.
     */
    Optional<String> refusal(URI url) {
        String host = url.getHost();
        if (host == null) {
            return Optional.of("has no host");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("host '" + host + "' resolves to " + address.getHostAddress()
                        + ", an internal address; webhooks must point to a public address"
                        + " / 内部ネットワークのアドレスには送信できません");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second < 128) // carrier-grade NAT 100.64.0.0/10
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking 198.18.0.0/15
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return false;
    }
}

package jp.lg.platform.ops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** TCP port helpers for the local stack; all about 127.0.0.1. */
public final class Ports {

    private Ports() {}

    /** Whether nothing listens on {@code port} of 127.0.0.1 right now (a bind succeeds). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // like the servers themselves, ignore connections of a previous run still in TIME_WAIT
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that was free a moment ago; another process may still take it before you do. */
    public static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free TCP port on 127.0.0.1", e);
        }
    }
}

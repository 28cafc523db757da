package jp.lg.platform.core.web;

import io.dropwizard.core.setup.Environment;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.LgCode;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Idempotency-Key} on commands (POST, PUT, PATCH, DELETE of a signed-in user): a client that
 * did not hear the answer retries with the same key and gets the first answer again, marked
 * {@code Idempotent-Replayed: true}, instead of running the command twice. The key is scoped to the
 * user; the same key with a different request is a 422, a retry while the first request still runs
 * a 409. A server-side failure (5xx) forgets the key, so a retry runs the command again. Without the
 * header, nothing changes; platform administrators, who act for no tenant, have no keys. The kept
 * answers are rows of the caller's tenant (they can hold personal data).
 */
@Priority(Priorities.USER)
public final class IdempotencyKeys implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final Set<String> COMMANDS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");
    private static final String CLAIMED = IdempotencyKeys.class.getName() + ".claimed";
    private static final String ANSWERING = IdempotencyKeys.class.getName() + ".answering";

    /** How long a key's answer is kept. */
    public static final Duration RETENTION = Duration.ofHours(24);
    /** A first request that has not answered after this long is taken to have died with its server. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeys.class);

    private final IdempotencyStore store;

    public IdempotencyKeys(IdempotencyStore store) {
        this.store = store;
    }

    /** Registers the filter, keeping each key for {@link #RETENTION} (pruned hourly). */
    public static void register(Environment environment, Jdbi jdbi) {
        IdempotencyStore store = new IdempotencyStore(jdbi, ABANDONED_AFTER);
        environment.jersey().register(new IdempotencyKeys(store));
        ScheduledExecutorService pruner = environment.lifecycle().scheduledExecutorService("idempotency-pruner").build();
        pruner.scheduleWithFixedDelay(() -> {
            try {
                int pruned = store.prune(RETENTION);
                LOG.debug("Pruned {} idempotency keys older than {}", pruned, RETENTION);
            } catch (RuntimeException e) {
                LOG.warn("Could not prune idempotency keys; trying again in an hour", e);
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    private record Claimed(LgCode tenant, String userId, String key) {}

    private record Answering(Claimed claimed, int status, Optional<String> contentType, Optional<String> location) {}

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !COMMANDS.contains(request.getMethod())
                || !(request.getSecurityContext().getUserPrincipal() instanceof LgPrincipal caller)
                || caller.tenant().isEmpty()) {
            return;
        }
        LgCode tenant = caller.tenant().get();
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The Idempotency-Key header must be 1 to 255 visible "
                    + "ASCII characters; a new UUID for each command is a good key.");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        IdempotencyStore.Claim claim = store.claim(tenant, caller.userId(), key, fingerprint(request, body));
        if (claim instanceof IdempotencyStore.Replay replay) {
            request.abortWith(replayed(replay));
        } else if (claim instanceof IdempotencyStore.InProgress) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS,
                    "A request with this Idempotency-Key is still being processed; retry it in a few seconds.");
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request; use a new key for each command.");
        } else {
            request.setProperty(CLAIMED, new Claimed(tenant, caller.userId(), key));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIMED);
        if (response.getStatus() >= 500) {
            store.release(claimed.tenant(), claimed.userId(), claimed.key());
            return;
        }
        Optional<String> contentType = Optional.ofNullable(response.getMediaType()).map(Object::toString);
        Optional<String> location = Optional.ofNullable(response.getLocation()).map(Object::toString);
        if (response.hasEntity()) {
            request.setProperty(ANSWERING, new Answering(claimed, response.getStatus(), contentType, location));
        } else {
            store.complete(claimed.tenant(), claimed.userId(), claimed.key(), response.getStatus(), contentType, location,
                    new byte[0]);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(ANSWERING) instanceof Answering answering)) {
            context.proceed();
            return;
        }
        context.removeProperty(ANSWERING);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        context.setOutputStream(new Tee(context.getOutputStream(), copy));
        context.proceed();
        Claimed claimed = answering.claimed();
        store.complete(claimed.tenant(), claimed.userId(), claimed.key(), answering.status(), answering.contentType(),
                answering.location(), copy.toByteArray());
    }

    private static Response replayed(IdempotencyStore.Replay replay) {
        Response.ResponseBuilder response = Response.status(replay.status()).header(REPLAYED, "true");
        replay.location().ifPresent(location -> response.header(HttpHeaders.LOCATION, location));
        if (replay.body().length > 0) {
            response.entity(replay.body()).type(replay.contentType().orElse(null));
        }
        return response.build();
    }

    /** The request a key stands for: method, path, query and body. */
    static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + Optional.ofNullable(request.getUriInfo().getRequestUri().getRawQuery()).orElse("") + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Writes to the response and keeps a copy. */
    private static final class Tee extends FilterOutputStream {
        private final OutputStream copy;

        Tee(OutputStream out, OutputStream copy) {
            super(out);
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            copy.write(b, off, len);
        }
    }
}

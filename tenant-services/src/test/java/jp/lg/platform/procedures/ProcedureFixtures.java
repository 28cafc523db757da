package jp.lg.platform.procedures;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.fixtureText;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.Tokens;

/**
 * The shipped example procedures (src/main/resources/procedures) under a code of the test's own,
 * since codes are unique and the ITs share one database; and row counts for "nothing was written".
 */
final class ProcedureFixtures {

    static final String RESIDENT_CERTIFICATE = "procedures/resident-certificate-copy.json";
    static final String SUBSIDY = "procedures/agri-forestry-subsidy.json";
    static final String BANDAI = "074071";
    static final String AIZUWAKAMATSU = "072028";

    private ProcedureFixtures() {}

    /** The example file with its code replaced. */
    static ObjectNode example(String file, String code) {
        ObjectNode body = (ObjectNode) Json.read(fixtureText(file));
        body.put("code", code);
        return body;
    }

    /** Publishes the example under {@code code} as fukushima.coordinator (lead of aizu); the 201 body. */
    static JsonNode publish(DropwizardAppExtension<?> app, String file, String code) {
        return created(call(app, "/api/v1/procedures", Tokens.forUser("fukushima.coordinator"))
                .post(Entity.json(example(file, code).toString())));
    }

    /** An upload of a file for the identity document to {@code application} (a staff or a public path). */
    static Invocation.Builder upload(DropwizardAppExtension<?> app, String application, String token, String filename) {
        return call(app, application + "/attachments?code=identity-document&filename="
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"), token);
    }

    /** A file under src/test/resources. */
    static byte[] bytes(String name) {
        try (InputStream in = ProcedureFixtures.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long rows(String table, String tenant) {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(tenant));
            return h.createQuery("select count(*) from " + table + " where tenant_code = :tenant")
                    .bind("tenant", tenant).mapTo(Long.class).one();
        });
    }

    static long outboxRows(String topic) {
        return PlatformStack.get().ownerJdbi().withHandle(h -> h.createQuery(
                "select count(*) from outbox where topic = :topic").bind("topic", topic).mapTo(Long.class).one());
    }
}

package jp.lg.platform.ops.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.lg.platform.core.tenancy.ReferenceData;
import jp.lg.platform.core.tenancy.Tenant;

/**
 * Writes the Keycloak realm {@code lg} (import JSON) from the reference data: one organization per
 * tenant with the LG code as alias, the platform's realm roles, clients {@code lg-cli} and
 * {@code lg-web}, client scope {@code lg-api}, and the demo users. Access tokens of both clients
 * carry audience {@code lg-api} and the claim {@code organization}: a list of the user's
 * organization aliases, e.g. {@code ["382060"]}. Run {@link #main} to write the file by hand.
 */
public final class RealmGenerator {

    /** The realm name. */
    public static final String REALM = "lg";
    /** The realm roles, in the order of DESIGN.md. */
    public static final List<String> ROLES = List.of("coordinator", "staff", "expert", "analyst", "platform-admin");
    /** The app port the web client's redirect URIs use unless told otherwise. */
    public static final int DEFAULT_APP_PORT = 8080;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final RealmClients clients = new RealmClients(json);

    /** The realm for {@code data} and {@code users}; {@code appPort} is where the web UI runs. */
    public ObjectNode realm(ReferenceData data, List<DemoUser> users, int appPort) {
        ObjectNode realm = json.createObjectNode()
                .put("realm", REALM)
                .put("displayName", "lg-platform")
                .put("enabled", true)
                .put("sslRequired", "external")
                .put("organizationsEnabled", true);
        ArrayNode roles = realm.putObject("roles").putArray("realm");
        ROLES.forEach(role -> roles.addObject().put("name", role));
        realm.set("clientScopes", clients.clientScopes());
        RealmClients.DEFAULT_SCOPES.forEach(realm.putArray("defaultDefaultClientScopes")::add);
        RealmClients.OPTIONAL_SCOPES.forEach(realm.putArray("defaultOptionalClientScopes")::add);
        realm.putArray("clients").add(clients.cliClient()).add(clients.webClient(appPort));
        ArrayNode userArray = realm.putArray("users");
        users.forEach(user -> userArray.add(user(user)));
        ArrayNode organizations = realm.putArray("organizations");
        data.tenants().forEach(tenant -> organizations.add(organization(tenant, users)));
        return realm;
    }

    /** Reads the shared data directory and writes the realm file to {@code output}. */
    public void write(Path sharedDataDir, Path output, int appPort) {
        ReferenceData data = ReferenceData.load(sharedDataDir);
        List<DemoUser> users = DemoUsers.from(data, ExpertSpecialties.codes(sharedDataDir));
        try {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            json.writeValue(output.toFile(), realm(data, users, appPort));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write realm file " + output + ": " + e.getMessage(), e);
        }
    }

    private ObjectNode user(DemoUser user) {
        ObjectNode node = json.createObjectNode()
                .put("username", user.username())
                .put("enabled", true)
                .put("emailVerified", true)
                .put("firstName", user.firstName())
                .put("lastName", user.lastName())
                .put("email", user.email());
        node.putArray("credentials").addObject()
                .put("type", "password").put("value", DemoUser.PASSWORD).put("temporary", false);
        node.putArray("realmRoles").add(user.role());
        node.putArray("requiredActions");
        return node;
    }

    private ObjectNode organization(Tenant tenant, List<DemoUser> users) {
        String alias = tenant.code().value();
        ObjectNode org = json.createObjectNode()
                .put("name", tenant.nameJa())
                .put("alias", alias)
                .put("description", tenant.nameEn() + " (" + tenant.kind().code() + ")")
                .put("enabled", true);
        org.putArray("domains").addObject().put("name", alias + ".lg.invalid").put("verified", false);
        ArrayNode members = org.putArray("members");
        users.stream()
                .filter(user -> user.organization().filter(tenant.code()::equals).isPresent())
                .forEach(user -> members.addObject().put("username", user.username()).put("membershipType", "UNMANAGED"));
        return org;
    }

    /** Writes the realm file: {@code RealmGenerator SHARED_DATA_DIR OUTPUT_FILE [APP_PORT]}. */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: RealmGenerator SHARED_DATA_DIR OUTPUT_FILE [APP_PORT]");
            System.exit(2);
        }
        int appPort = args.length == 3 ? Integer.parseInt(args[2]) : DEFAULT_APP_PORT;
        new RealmGenerator().write(Path.of(args[0]), Path.of(args[1]), appPort);
        System.out.println("wrote realm " + REALM + " to " + args[1]);
    }
}

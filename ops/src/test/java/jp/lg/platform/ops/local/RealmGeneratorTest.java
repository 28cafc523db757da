package jp.lg.platform.ops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import jp.lg.platform.core.tenancy.ReferenceData;
import org.junit.jupiter.api.Test;

class RealmGeneratorTest {

    private static final Path SHARED = Path.of(System.getProperty("lg.shared.dir", "../../shared"), "data");
    private static final ReferenceData DATA = ReferenceData.load(SHARED);
    private static final List<String> SPECIALTIES = List.of("design-ux", "systems-security");
    private static final ObjectNode REALM =
            new RealmGenerator().realm(DATA, DemoUsers.from(DATA, SPECIALTIES), 8080);

    @Test
    void hasOneOrganizationPerTenantAliasedByLgCode() {
        List<String> aliases = texts(REALM.get("organizations"), "alias");
        assertThat(aliases).hasSize(35).contains("380008", "070009", "382060", "074071");
        assertThat(REALM.get("organizationsEnabled").asBoolean()).isTrue();
        assertThat(organization("382060").get("name").asText()).isEqualTo("西条市");
    }

    @Test
    void saijoStaffIsStaffAndMemberOfSaijo() {
        assertThat(user("saijo.staff").get("realmRoles")).extracting(JsonNode::asText).containsExactly("staff");
        assertThat(texts(organization("382060").get("members"), "username")).contains("saijo.staff", "saijo.analyst");
        assertThat(user("saijo.staff").get("credentials").get(0).get("value").asText()).isEqualTo("demo");
    }

    @Test
    void everyMunicipalityHasAStaffUserAndPrefecturesHaveNone() {
        List<String> usernames = texts(REALM.get("users"), "username");
        assertThat(usernames).contains("matsuyama.staff", "bandai.staff", "showa.staff").doesNotContain("ehime.staff");
        assertThat(usernames.stream().filter(name -> name.endsWith(".staff"))).hasSize(33);
    }

    @Test
    void coordinatorsAndExpertsBelongToTheirPrefecture() {
        assertThat(texts(organization("380008").get("members"), "username"))
                .contains("ehime.coordinator", "ehime.analyst", "expert.design-ux", "expert.systems-security");
        assertThat(texts(organization("070009").get("members"), "username"))
                .containsExactlyInAnyOrder("fukushima.coordinator", "fukushima.analyst");
    }

    @Test
    void platformAdminBelongsToNoOrganization() {
        assertThat(user("platform.admin").get("realmRoles").get(0).asText()).isEqualTo("platform-admin");
        for (JsonNode org : REALM.get("organizations")) {
            assertThat(texts(org.get("members"), "username")).doesNotContain("platform.admin");
        }
    }

    @Test
    void usersAreFullySetUpSoThePasswordGrantWorks() {
        for (JsonNode user : REALM.get("users")) {
            assertThat(user.get("enabled").asBoolean()).isTrue();
            assertThat(user.get("emailVerified").asBoolean()).isTrue();
            assertThat(List.of("firstName", "lastName", "email")).allSatisfy(field ->
                    assertThat(user.get(field).asText()).as(user.get("username") + " " + field).isNotBlank());
        }
    }

    @Test
    void bothClientsGetTheApiAudienceAndOrganizationAsDefaultScopes() {
        for (String clientId : List.of("lg-cli", "lg-web")) {
            assertThat(texts(client(clientId).get("defaultClientScopes"))).contains("lg-api", "organization");
        }
        JsonNode apiScope = find(REALM.get("clientScopes"), "name", "lg-api").orElseThrow();
        JsonNode mapper = apiScope.get("protocolMappers").get(0);
        assertThat(mapper.get("protocolMapper").asText()).isEqualTo("oidc-audience-mapper");
        assertThat(mapper.get("config").get("included.custom.audience").asText()).isEqualTo("lg-api");
        assertThat(texts(REALM.get("clientScopes"), "name")).contains("basic", "profile", "roles", "organization");
    }

    @Test
    void cliUsesPasswordGrantAndWebUsesPkceOnTheAppPort() {
        assertThat(client("lg-cli").get("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(client("lg-cli").get("standardFlowEnabled").asBoolean()).isFalse();
        JsonNode web = client("lg-web");
        assertThat(web.get("publicClient").asBoolean()).isTrue();
        assertThat(web.get("attributes").get("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(web.get("redirectUris"))).containsExactly("http://127.0.0.1:8080/*", "http://localhost:8080/*");
    }

    @Test
    void definesThePlatformRoles() {
        assertThat(texts(REALM.get("roles").get("realm"), "name"))
                .containsExactly("coordinator", "staff", "expert", "analyst", "platform-admin");
    }

    private static JsonNode user(String username) {
        return find(REALM.get("users"), "username", username).orElseThrow();
    }

    private static JsonNode organization(String alias) {
        return find(REALM.get("organizations"), "alias", alias).orElseThrow();
    }

    private static JsonNode client(String clientId) {
        return find(REALM.get("clients"), "clientId", clientId).orElseThrow();
    }

    private static Optional<JsonNode> find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> node.get(field).asText().equals(value)).findFirst();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}

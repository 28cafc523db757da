package jp.lg.platform.directory;

import static jp.lg.platform.schemas.EventFixtures.collaborationChanged;
import static jp.lg.platform.schemas.EventFixtures.tenantRegistered;
import static jp.lg.platform.schemas.EventFixtures.tenantUpdated;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.Optional;
import java.util.Properties;
import jp.lg.platform.events.directory.CollaborationChanged;
import jp.lg.platform.events.directory.TenantSnapshot;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTopologyTest {

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, SpecificRecord> tenants;
    private TestInputTopic<String, CollaborationChanged> collaborations;
    private DirectoryView view;

    @BeforeEach
    void startDriver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "directory-topology-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(DirectoryTopology.buildTopology(), props);
        tenants = driver.createInputTopic(DirectoryTopics.TENANTS.name(),
                DirectoryTopics.TENANTS.keySerde().serializer(), DirectoryTopics.TENANTS.valueSerde().serializer());
        collaborations = driver.createInputTopic(DirectoryTopics.COLLABORATIONS.name(),
                DirectoryTopics.COLLABORATIONS.keySerde().serializer(), DirectoryTopics.COLLABORATIONS.valueSerde().serializer());
        view = new DirectoryView(driver::getKeyValueStore);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void aRegisteredTenantIsInTheDirectory() {
        tenants.pipeInput("382060", tenantRegistered("382060", "西条市", "Saijo", "city", 104_474));

        TenantSnapshot saijo = view.tenant("382060").orElseThrow();
        assertThat(saijo.getNameJa()).isEqualTo("西条市");
        assertThat(saijo.getKind()).isEqualTo("city");
    }

    @Test
    void anUpdateReplacesTheRegisteredEntry() {
        tenants.pipeInput("382060", tenantRegistered("382060", "西条市", "Saijo", "city", 104_474));
        tenants.pipeInput("382060", tenantUpdated(UUID.randomUUID(), "382060", "西条市", "Saijo City", "city", 103_900));

        TenantSnapshot saijo = view.tenant("382060").orElseThrow();
        assertThat(saijo.getNameEn()).isEqualTo("Saijo City");
        assertThat(saijo.getPopulation()).isEqualTo(103_900);
    }

    @Test
    void aTombstoneRemovesATenant() {
        tenants.pipeInput("382060", tenantRegistered("382060", "西条市", "Saijo", "city", 104_474));
        tenants.pipeInput("382060", (SpecificRecord) null);

        assertThat(view.tenant("382060")).isEmpty();
    }

    @Test
    void anEventThatIsNotAboutATenantIsNoTenantEntry() {
        tenants.pipeInput("382060", collaborationChanged("382060", "誤配", "380008", List.of()));

        assertThat(view.tenant("382060")).isEmpty();
    }

    @Test
    void aCollaborationListsItsLeadAndItsMembersSortedByCodeWithTheirNames() {
        tenants.pipeInput("380008", tenantRegistered("380008", "愛媛県", "Ehime", "prefecture", 1_312_298));
        tenants.pipeInput("382060", tenantRegistered("382060", "西条市", "Saijo", "city", 104_474));
        tenants.pipeInput("382051", tenantRegistered("382051", "新居浜市", "Niihama", "city", 114_070));
        collaborations.pipeInput("team-ehime", collaborationChanged("team-ehime", "チーム愛媛", "380008", List.of("382060", "382051")));

        CollaborationMembers team = view.members("team-ehime").orElseThrow();

        assertThat(team.nameJa()).isEqualTo("チーム愛媛");
        assertThat(nameJa(team.lead())).contains("愛媛県");
        assertThat(team.members()).extracting(CollaborationMembers.Member::code).containsExactly("382051", "382060");
        assertThat(team.members()).extracting(DirectoryTopologyTest::nameJa)
                .containsExactly(Optional.of("新居浜市"), Optional.of("西条市"));
    }

    @Test
    void aLaterChangeWithOneMoreMemberShowsTheNewMember() {
        tenants.pipeInput("382060", tenantRegistered("382060", "西条市", "Saijo", "city", 104_474));
        tenants.pipeInput("382051", tenantRegistered("382051", "新居浜市", "Niihama", "city", 114_070));
        collaborations.pipeInput("toyo", collaborationChanged("toyo", "東予連携", "380008", List.of("382060")));
        collaborations.pipeInput("toyo", collaborationChanged("toyo", "東予連携", "380008", List.of("382051", "382060")));

        assertThat(view.members("toyo").orElseThrow().members()).extracting(CollaborationMembers.Member::code)
                .containsExactly("382051", "382060");
    }

    @Test
    void aListedTenantWhoseOwnEventHasNotArrivedIsReportedByCodeOnly() {
        tenants.pipeInput("382060", tenantRegistered("382060", "西条市", "Saijo", "city", 104_474));
        collaborations.pipeInput("toyo", collaborationChanged("toyo", "東予連携", "380008", List.of("382060", "386014")));

        CollaborationMembers toyo = view.members("toyo").orElseThrow();

        assertThat(toyo.lead()).isEqualTo(new CollaborationMembers.Member("380008", Optional.empty()));
        assertThat(toyo.members()).extracting(CollaborationMembers.Member::code).containsExactly("382060", "386014");
        assertThat(toyo.members().get(1).tenant()).isEmpty();
    }

    @Test
    void anUnknownCollaborationHasNoMembers() {
        assertThat(view.members("nowhere")).isEmpty();
    }

    @Test
    void aTombstoneRemovesACollaboration() {
        collaborations.pipeInput("toyo", collaborationChanged("toyo", "東予連携", "380008", List.of("382060")));
        collaborations.pipeInput("toyo", (CollaborationChanged) null);

        assertThat(view.members("toyo")).isEmpty();
    }

    private static Optional<String> nameJa(CollaborationMembers.Member member) {
        return member.tenant().map(TenantSnapshot::getNameJa);
    }
}

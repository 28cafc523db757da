package jp.lg.platform.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.lg.platform.core.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.load(SharedData.directory());

    @Test
    void readsTenantsWithTheirPlaceInTheHierarchy() {
        Tenant saijo = data.tenant(LgCode.parse("382060")).orElseThrow();

        assertThat(saijo.nameJa()).isEqualTo("西条市");
        assertThat(saijo.nameEn()).isEqualTo("Saijo");
        assertThat(saijo.kind()).isEqualTo(TenantKind.CITY);
        assertThat(saijo.parentCode()).contains(LgCode.parse("380008"));
        assertThat(saijo.aizuGroup()).isEmpty();
        assertThat(saijo.population()).isEqualTo(104474);
        assertThat(data.tenant(LgCode.parse("074071")).orElseThrow().aizuGroup()).isEqualTo(Optional.of(2));
        assertThat(data.tenant(LgCode.parse("380008")).orElseThrow().parentCode()).isEmpty();
    }

    @Test
    void groupsCollaborationMembersUnderTheirLead() {
        assertThat(data.collaborations()).extracting(Collaboration::code).containsExactly("team-ehime", "aizu");
        Collaboration ehime = data.collaborations().get(0);
        assertThat(ehime.leadCode()).isEqualTo(LgCode.parse("380008"));
        assertThat(ehime.members()).hasSize(20).contains(LgCode.parse("382060"));
        assertThat(data.collaborations().get(1).members()).hasSize(13);
    }

    @Test
    void namesTheFileAndLineOfABadRow(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("municipalities.csv"),
                "code,name_ja,name_en,kind,parent_code,aizu_group,population,population_as_of,office_lat,office_lon\n"
                        + "380008,愛媛県,Ehime,prefecture,,,1312298,2024-01-01,33.8417,132.7661\n"
                        + "382061,西条市,Saijo,city,380008,,104474,2024-01-01,33.9196,133.1812\n");
        Files.writeString(dir.resolve("collaborations.csv"), "code,name_ja,name_en,lead_code,member_code\n");

        assertThatThrownBy(() -> ReferenceData.load(dir))
                .hasMessageContaining("municipalities.csv line 3")
                .hasMessageContaining("check digit should be 0");
    }
}

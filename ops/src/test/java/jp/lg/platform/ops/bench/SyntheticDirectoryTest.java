package jp.lg.platform.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticDirectoryTest {

    private static final Path SHARED = Path.of(System.getProperty("lg.shared.dir", "../../shared"), "data");

    @Test
    void writesTheRealDirectoryPlus1741MunicipalitiesInOneNationalCollaborationThatTheImportAccepts(@TempDir Path dir)
            throws IOException {
        ReferenceData real = ReferenceData.load(SHARED);

        SyntheticDirectory synthetic = new SyntheticDirectory().write(SHARED, dir);
        ReferenceData written = ReferenceData.load(dir);

        assertThat(synthetic.towns()).hasSize(1_741).doesNotHaveDuplicates();
        assertThat(written.tenants()).hasSize(real.tenants().size() + 45 + 1_741);
        Collaboration national = written.collaborations().stream()
                .filter(c -> c.code().equals(SyntheticDirectory.NATIONAL)).findFirst().orElseThrow();
        assertThat(national.leadCode()).isEqualTo(SyntheticDirectory.TOKYO);
        assertThat(national.members()).containsExactlyInAnyOrderElementsOf(synthetic.towns());
        assertThat(written.collaborations()).containsAll(real.collaborations());
        assertThat(new SyntheticDirectory().write(SHARED, dir.resolve("again")).towns())
                .as("seeded: every run is alike").isEqualTo(synthetic.towns());
    }
}

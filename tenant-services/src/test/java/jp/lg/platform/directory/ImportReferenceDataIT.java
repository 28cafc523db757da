package jp.lg.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import jp.lg.platform.LgPlatformApplication;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ImportReferenceDataIT {

    /** Started so the database is migrated and seeded, and so its config overrides are in force. */
    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void theImportCommandReportsThatASecondRunChangesNothing() throws Exception {
        String output = runCommand("import-reference-data", PlatformStack.sharedData().toString(),
                ResourceHelpers.resourceFilePath("it-config.yml"));

        assertThat(output).contains("tenants: 0 added, 0 changed, 35 unchanged")
                .contains("collaborations: 0 added, 0 changed, 2 unchanged");
    }

    private static String runCommand(String... args) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            new LgPlatformApplication().run(args);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}

package jp.lg.platform.directory;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.PlatformDatabase;
import jp.lg.platform.core.tenancy.ReferenceData;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code java -jar lg-platform.jar import-reference-data <dir> <config.yml>}: migrates the database
 * if needed, then makes the tenant directory match the CSV files in {@code <dir>} and prints what
 * it added or changed. Running it twice changes nothing the second time.
 */
public final class ImportReferenceDataCommand extends ConfiguredCommand<LgPlatformConfiguration> {

    public ImportReferenceDataCommand() {
        super("import-reference-data", "Import tenants and collaborations from the reference CSV files");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("dir").help("directory holding municipalities.csv and collaborations.csv");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<LgPlatformConfiguration> bootstrap, Namespace namespace,
            LgPlatformConfiguration configuration) {
        Path dir = Path.of(namespace.getString("dir"));
        if (!Files.isRegularFile(dir.resolve(ReferenceData.MUNICIPALITIES))) {
            throw new IllegalArgumentException(dir.toAbsolutePath() + " has no " + ReferenceData.MUNICIPALITIES
                    + "; pass the directory of the reference data, e.g. ../shared/data");
        }
        ReferenceData data = ReferenceData.load(dir);
        ImportReport report = PlatformDatabase.migrateAndImport(configuration, bootstrap, data);
        System.out.println("Imported reference data from " + dir.toAbsolutePath());
        System.out.println(report.summary());
    }
}

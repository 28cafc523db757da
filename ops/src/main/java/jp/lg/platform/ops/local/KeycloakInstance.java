package jp.lg.platform.ops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A Keycloak "home" of its own for one server: a copy of {@code bin/kc.sh}, links to the
 * distribution's {@code lib}, {@code conf}, {@code providers} and {@code themes}, and a private
 * {@code data} directory (H2 database, transaction logs, realm import). Keycloak always keeps its
 * data under its home, so this is what lets several servers share one unpacked distribution and
 * lets the local stack keep Keycloak's data beside its other data.
 */
final class KeycloakInstance {

    private static final List<String> SHARED = List.of("lib", "conf", "providers", "themes");

    private KeycloakInstance() {}

    /** Prepares {@code instanceDir} from {@code distribution} and puts {@code realmJson} up for import. */
    static Path prepare(Path distribution, Path instanceDir, Path realmJson) {
        Path kcSh = distribution.resolve("bin/kc.sh");
        if (!Files.isExecutable(kcSh)) {
            throw new IllegalArgumentException("no Keycloak distribution at " + distribution
                    + " (bin/kc.sh missing); build the ops module first: mvn -ntp -B -pl ops -am install");
        }
        try {
            Files.createDirectories(instanceDir.resolve("bin"));
            Files.copy(kcSh, instanceDir.resolve("bin/kc.sh"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            for (String shared : SHARED) {
                Path link = instanceDir.resolve(shared);
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, distribution.resolve(shared).toAbsolutePath());
            }
            Path imports = Files.createDirectories(instanceDir.resolve("data/import"));
            Files.copy(realmJson, imports.resolve(RealmGenerator.REALM + ".json"), StandardCopyOption.REPLACE_EXISTING);
            return instanceDir.resolve("bin/kc.sh");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Keycloak instance " + instanceDir + ": " + e.getMessage(), e);
        }
    }
}

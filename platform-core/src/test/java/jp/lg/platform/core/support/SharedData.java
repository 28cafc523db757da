package jp.lg.platform.core.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared/data}, the reference data beside the repository, for tests. */
public final class SharedData {

    private SharedData() {}

    public static Path directory() {
        String configured = System.getProperty("lg.shared.dir");
        Path base = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path data = base.resolve("data").normalize();
        if (!Files.isDirectory(data)) {
            throw new IllegalStateException("reference data not found at " + data.toAbsolutePath()
                    + "; clone the repository beside ../shared or set -Dlg.shared.dir");
        }
        return data;
    }
}

package jp.lg.platform.directory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the reference CSV files are and whether to import them when the application starts
 * (local mode does; a production deployment runs the {@code import-reference-data} command).
 */
public class ReferenceDataConfig {

    @JsonProperty
    private String directory;

    @JsonProperty
    private boolean importOnStart;

    public Optional<Path> directory() {
        return Optional.ofNullable(directory).map(Path::of);
    }

    public boolean importOnStart() {
        return importOnStart;
    }
}

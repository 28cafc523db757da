package jp.lg.platform.ops.bench;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where a failed benchmark run leaves its stack trace (the infrastructure logs go through {@code InfraLogging}). */
final class BenchLogging {

    private BenchLogging() {}

    /** A stream appending to {@code error.log} in the run directory, for a failure's stack trace. */
    static PrintStream file(Path runDir) {
        try {
            return new PrintStream(new FileOutputStream(runDir.resolve("error.log").toFile(), true), true,
                    StandardCharsets.UTF_8);
        } catch (FileNotFoundException e) {
            return System.err;
        }
    }
}

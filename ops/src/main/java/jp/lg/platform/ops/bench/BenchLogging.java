package jp.lg.platform.ops.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Keeps the console for the benchmark's own lines: the logs of the in-process servers and clients
 * (PostgreSQL, Kafka) go to {@code infra.log} in the run directory, at INFO and above.
 */
final class BenchLogging {

    private BenchLogging() {}

    static void toFile(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setFile(file.toString());
        appender.setEncoder(encoder);
        appender.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
    }

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

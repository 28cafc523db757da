package jp.lg.platform.core.jobs;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task the application runs every {@code interval} while it is up, on a thread of its own named
 * {@code name}, the first time one interval after start. The task returns how many things it did; a
 * positive count is logged with {@code doneFormat} (one {@code {}}). A run that fails is logged and the
 * next one runs as planned, so the task must be safe to repeat (e.g. claim its rows in the transaction
 * that acts on them).
 */
public final class PeriodicJob implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodicJob.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final String name;
    private final Duration interval;
    private final IntSupplier task;
    private final String doneFormat;
    private ScheduledExecutorService scheduler;

    public PeriodicJob(String name, Duration interval, IntSupplier task, String doneFormat) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(name + ": the interval must be positive, got " + interval);
        }
        this.name = name;
        this.interval = interval;
        this.task = task;
        this.doneFormat = doneFormat;
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws InterruptedException {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void runSafely() {
        try {
            int done = task.getAsInt();
            if (done > 0) {
                LOG.info(doneFormat, done);
            }
        } catch (RuntimeException e) {
            LOG.warn("{} failed this round; it runs again in {}", name, interval, e);
        }
    }
}

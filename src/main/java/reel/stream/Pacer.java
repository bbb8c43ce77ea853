package reel.stream;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Wakes capped streams when their bandwidth limit lets them write again: one daemon thread per
 * deployment, created on first use, that only schedules; the writing itself goes back to the
 * container's threads. Closed when reel stops, so no thread outlives the deployment.
 */
final class Pacer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Pacer.class.getName());

    private final String name;
    private ScheduledThreadPoolExecutor scheduler;
    private boolean closed;

    Pacer(String name) {
        this.name = name;
    }

    /** Runs {@code resume} after {@code nanos}; false once closed, when the stream ends instead. */
    synchronized boolean resumeAfter(long nanos, Runnable resume) {
        if (closed) {
            return false;
        }
        try {
            scheduler().schedule(resume, nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (RejectedExecutionException shuttingDown) {
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                // Tomcat warns about threads of a stopped webapp that are still alive; this one stops at once.
                scheduler.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LOG.fine(() -> "stopped " + name);
        }
    }

    private ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                return thread;
            });
            scheduler.setRemoveOnCancelPolicy(true);
        }
        return scheduler;
    }
}

package reel.search;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import reel.media.MediaLibrary;

/**
 * The library's {@link LibraryIndex}, built and kept fresh on one background thread that this object
 * owns: {@link #start} reads the library, then refreshes every {@link #REFRESH_INTERVAL}; {@link #close}
 * stops the thread and waits for it, so an undeployed reel leaves no thread behind.
 *
 * <pre>{@code
 * Indexing indexing = Indexing.start(library);   // at deployment
 * SearchResults results = indexing.index().search(Query.parse(Optional.of("cafe")));
 * indexing.close();                              // at undeployment
 * }</pre>
 */
public final class Indexing implements AutoCloseable {

    /** How often the index looks for changes; each look is bounded ({@link Indexer#CALLS_PER_REFRESH}). */
    public static final Duration REFRESH_INTERVAL = Duration.ofSeconds(2);
    static final String THREAD_NAME = "reel-index";

    private static final Logger LOG = Logger.getLogger(Indexing.class.getName());
    // A refresh is a few milliseconds; a folder being listed when reel stops finishes well within this.
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final LibraryIndex index;
    private final Optional<ScheduledExecutorService> thread;

    private Indexing(LibraryIndex index, Optional<ScheduledExecutorService> thread) {
        this.index = index;
        this.thread = thread;
    }

    /** Starts reading {@code library} in the background; the index answers at once, as {@link IndexStatus.Building}. */
    public static Indexing start(MediaLibrary library) {
        LibraryIndex index = new LibraryIndex();
        Indexer indexer = new Indexer(library, index, Clock.systemUTC(), Indexer.CALLS_PER_REFRESH);
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread indexing = new Thread(task, THREAD_NAME);
            indexing.setDaemon(true);
            return indexing;
        });
        thread.execute(() -> guarded(indexer::build));
        thread.scheduleWithFixedDelay(() -> guarded(indexer::refresh), REFRESH_INTERVAL.toMillis(),
                REFRESH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return new Indexing(index, Optional.of(thread));
    }

    /** For a deployment without a library: an index that stays empty and building, with no thread. */
    public static Indexing none() {
        return new Indexing(new LibraryIndex(), Optional.empty());
    }

    public LibraryIndex index() {
        return index;
    }

    /** Stops the thread, interrupting a build between two folders, and waits until it has ended. */
    @Override
    public void close() {
        if (thread.isEmpty()) {
            return;
        }
        thread.get().shutdownNow();
        try {
            if (!thread.get().awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warning(() -> "reel's library index thread did not stop within " + STOP_WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A scheduled task that throws is never run again, so one unexpected failure (a file system that
     * answers with an unchecked exception) would freeze the index; it is logged and the next refresh goes on.
     */
    private static void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reel could not update its library index", e);
        }
    }
}

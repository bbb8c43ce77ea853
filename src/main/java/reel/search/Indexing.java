package reel.search;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import reel.media.MediaLibrary;

/**
 * The library's {@link LibraryIndex}, built and kept fresh on one background thread that this object
 * owns: {@link #start} reads the library, then refreshes it every {@link #REFRESH_INTERVAL}; {@link #close}
 * stops the thread and waits for it to end, so an undeployed reel leaves no thread behind.
 *
 * <pre>{@code
 * Indexing indexing = Indexing.start(library);   // at deployment
 * SearchResults results = indexing.index().search(Query.parse(Optional.of("cafe")));
 * indexing.close();                              // at undeployment
 * }</pre>
 */
public final class Indexing implements AutoCloseable {

    /** How long the index waits between looks for changes; each look is bounded ({@link Indexer#CALLS_PER_REFRESH}). */
    public static final Duration REFRESH_INTERVAL = Duration.ofSeconds(2);
    static final String THREAD_NAME = "reel-index";

    private static final Logger LOG = Logger.getLogger(Indexing.class.getName());
    // A refresh is a few milliseconds; a folder being listed when reel stops finishes well within this.
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final LibraryIndex index;
    private final Optional<Thread> thread;

    private Indexing(LibraryIndex index, Optional<Thread> thread) {
        this.index = index;
        this.thread = thread;
    }

    /** Starts reading {@code library} in the background; the index answers at once, as {@link IndexStatus.Building}. */
    public static Indexing start(MediaLibrary library) {
        LibraryIndex index = new LibraryIndex();
        Indexer indexer = new Indexer(library, index, Clock.systemUTC(), Indexer.CALLS_PER_REFRESH);
        Thread thread = new Thread(() -> run(indexer), THREAD_NAME);
        thread.setDaemon(true);
        thread.start();
        return new Indexing(index, Optional.of(thread));
    }

    /** For a deployment without a library: an index that stays empty and building, with no thread. */
    public static Indexing none() {
        return new Indexing(new LibraryIndex(), Optional.empty());
    }

    public LibraryIndex index() {
        return index;
    }

    /**
     * Stops the thread, interrupting a build between two folders, and waits until it has ended: Tomcat looks
     * for threads left behind as soon as reel's listener returns, so ending is not enough, it must be over.
     */
    @Override
    public void close() {
        if (thread.isEmpty()) {
            return;
        }
        thread.get().interrupt();
        try {
            thread.get().join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.get().isAlive()) {
            LOG.warning(() -> "reel's library index thread did not stop within " + STOP_WAIT.toSeconds() + " s");
        }
    }

    private static void run(Indexer indexer) {
        guarded(indexer::build);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(REFRESH_INTERVAL.toMillis());
                guarded(indexer::refresh);
            }
        } catch (InterruptedException e) {
            // close() asked the thread to end; it ends here.
        }
    }

    /**
     * One unexpected failure (a file system that answers with an unchecked exception) must not end the
     * thread and freeze the index; it is logged, and the next refresh goes on.
     */
    private static void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "reel could not update its library index", e);
        }
    }
}

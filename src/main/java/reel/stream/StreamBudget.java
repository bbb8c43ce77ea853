package reel.stream;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import reel.config.MaxStreams;

/**
 * How many streams may run at once, and the admission that holds them to it. A stream that would go
 * over the budget is refused before anything is opened (the servlet answers 503 with Retry-After), so
 * a large audience costs at most {@code limit} times {@link #HEAP_PER_STREAM} of heap instead of
 * running Tomcat out of memory. Lock-free: streams are admitted and released on many threads.
 *
 * <pre>{@code
 * Optional<StreamBudget.Admission> admission = budget.admit();
 * if (admission.isEmpty()) { answer 503; return; }
 * ... stream, and when it ends, however it ends: admission.get().release();
 * }</pre>
 */
public final class StreamBudget {

    /**
     * The heap one running stream holds, stated with a margin over what StreamMemoryIT measures on the
     * JVM that runs Tomcat for a viewer that stopped reading: Tomcat's request, response and socket
     * buffers for the connection, and reel's 8 KB copy buffer, file channel and cursor.
     */
    public static final long HEAP_PER_STREAM = 128 * 1024;

    /**
     * The part of the JVM's heap limit that streams may fill when the budget is derived: the other half
     * is for Tomcat itself, the other applications it runs, refused and idle connections, and the
     * collector's headroom.
     */
    static final int HEAP_SHARE_PERCENT = 50;

    /** A derived budget never goes below this, so a small heap still serves a few viewers at once. */
    static final int LEAST_DERIVED = 16;

    private final int limit;
    private final AtomicInteger running = new AtomicInteger();

    public StreamBudget(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        this.limit = limit;
    }

    /** The budget the setting asks for, and how it was found, for the startup log. */
    public record Size(int streams, String derivation) {
    }

    /** The number of streams for {@code setting} on a JVM whose heap may grow to {@code maxHeapBytes}. */
    public static Size size(MaxStreams setting, long maxHeapBytes) {
        if (setting instanceof MaxStreams.Fixed fixed) {
            return new Size(fixed.streams(), "max-streams=" + fixed.streams());
        }
        long streams = maxHeapBytes / HEAP_PER_STREAM * HEAP_SHARE_PERCENT / 100;
        int bounded = (int) Math.max(LEAST_DERIVED, Math.min(MaxStreams.MOST, streams));
        return new Size(bounded, String.format(Locale.ROOT,
                "max-streams=auto: %d%% of the %d MiB heap limit at %d KiB a stream", HEAP_SHARE_PERCENT,
                maxHeapBytes >> 20, HEAP_PER_STREAM >> 10));
    }

    /** A place in the budget, or empty when every place is taken. */
    public Optional<Admission> admit() {
        while (true) {
            int now = running.get();
            if (now >= limit) {
                return Optional.empty();
            }
            if (running.compareAndSet(now, now + 1)) {
                return Optional.of(new Admission());
            }
        }
    }

    public int limit() {
        return limit;
    }

    /** Streams admitted and not yet released. */
    public int running() {
        return running.get();
    }

    /** One admitted stream's place; released once, however many times its end is reported. */
    public final class Admission {

        private final AtomicBoolean released = new AtomicBoolean();

        private Admission() {
        }

        public void release() {
            if (released.compareAndSet(false, true)) {
                running.decrementAndGet();
            }
        }
    }
}

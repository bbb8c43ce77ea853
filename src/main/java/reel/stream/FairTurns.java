package reel.stream;

import java.util.function.IntSupplier;

/**
 * How much one stream may copy in one write event before it lets the others have a turn. A turn that
 * ends hands the stream's thread back and queues its next turn behind everyone else's, at the cost of a
 * round trip through the container's poller. Alone, a stream takes long turns (fast clients keep their
 * throughput); among many, turns shrink so that one round of everybody's turns, which a new viewer's
 * first byte may have to wait for, stays near {@link #SHARED} bytes of copying.
 *
 * <pre>{@code
 * FairTurns turns = new FairTurns(openStreams::count);
 * long turnBytes = turns.bytes(); // at the start of each write event
 * }</pre>
 */
public final class FairTurns {

    /** A turn for a stream that is alone or nearly, long enough that poller round trips cost a fast client little. */
    public static final int LONGEST = 1024 * 1024;
    /**
     * The floor among many streams: shorter turns got first bytes out sooner than 1 MB turns, and much
     * shorter ones cost more in poller round trips than they gave (the runs are in docs/benchmarks.md).
     */
    public static final int SHORTEST = 128 * 1024;
    /** One round of everybody's turns, which a new viewer's first byte may wait behind. */
    public static final int SHARED = 8 * 1024 * 1024;

    private final IntSupplier runningStreams;

    public FairTurns(IntSupplier runningStreams) {
        this.runningStreams = runningStreams;
    }

    /** The bytes the next turn may copy, for as many streams as run now. */
    public int bytes() {
        int running = Math.max(1, runningStreams.getAsInt());
        return Math.max(SHORTEST, Math.min(LONGEST, SHARED / running));
    }
}

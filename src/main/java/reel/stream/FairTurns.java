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

    /** A turn for a stream that is alone or nearly: about a millisecond of copying. */
    public static final int LONGEST = 1024 * 1024;
    /**
     * The floor among many streams. Measured with 1500 slow viewers under -Xmx512m (docs/benchmarks.md):
     * 128 KB turns got more first bytes within a second than 1 MB turns (p50 150–220 ms against
     * 380–560 ms); below it the poller round trips start to cost more than they give.
     */
    public static final int SHORTEST = 128 * 1024;
    /** One round of everybody's turns: about 8 ms of copying at 1 GB/s. */
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

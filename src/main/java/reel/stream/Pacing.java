package reel.stream;

import java.util.OptionalLong;

/**
 * A bandwidth cap for one stream, and who wakes the stream when the cap lets it write again. After each
 * write the stream asks {@link #pauseAfter} whether to stop; if so, it hands {@link Wakeup} the turn to
 * resume with, and no container event reaches it until then.
 */
record Pacing(BandwidthLimit limit, Wakeup wakeup) {

    /**
     * At least a millisecond, so that the write callback that paused has long returned to the container
     * when the resume starts writing on another thread.
     */
    static final long MIN_PAUSE_NANOS = 1_000_000;

    /** Runs {@code resume} after {@code nanos}; false if it never will (reel is stopping). */
    @FunctionalInterface
    interface Wakeup {
        boolean after(long nanos, Runnable resume);
    }

    /** How long to pause after {@code written} more bytes, or empty while the stream is within its rate. */
    OptionalLong pauseAfter(int written) {
        limit.written(written);
        long wait = limit.nanosUntilNextWrite();
        return wait == 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(wait, MIN_PAUSE_NANOS));
    }
}

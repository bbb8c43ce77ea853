package reel.stream;

import java.util.function.LongSupplier;

/**
 * A per-stream bandwidth cap as a token bucket (in its "virtual scheduling" form): after each write
 * the writer reports how many bytes went out, and asks how long to wait before the next write. The
 * answer is zero while the stream is within {@code bytesPerSecond} averaged from its start, allowing
 * a burst of {@code burstBytes} ahead of that, so a player fills its first buffer without waiting.
 * It never sleeps: a non-blocking writer schedules its next write after the returned delay.
 *
 * <p>Not thread-safe; one instance per response, used by whichever thread is writing it. The clock
 * is {@link System#nanoTime} in production and a counter in tests.
 *
 * <pre>{@code
 * BandwidthLimit limit = new BandwidthLimit(2 << 20, 256 << 10, System::nanoTime);
 * out.write(chunk); limit.written(chunk.length);
 * long wait = limit.nanosUntilNextWrite(); // 0: write again now; else resume after wait ns
 * }</pre>
 */
public final class BandwidthLimit {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long bytesPerSecond;
    private final long burstNanos;
    private final LongSupplier nanoClock;
    /** When the bytes written so far are due, at exactly the rate; only differences to the clock matter. */
    private long theoreticalArrival;

    /**
     * @param bytesPerSecond the cap, at least 1 and at most 8 GiB/s (so that nanosecond sums stay within a long)
     * @param burstBytes how far ahead of the rate a stream may run, at least 0
     */
    public BandwidthLimit(long bytesPerSecond, long burstBytes, LongSupplier nanoClock) {
        if (bytesPerSecond < 1 || bytesPerSecond > 8L << 30 || burstBytes < 0) {
            throw new IllegalArgumentException("bytesPerSecond " + bytesPerSecond + ", burstBytes " + burstBytes);
        }
        this.bytesPerSecond = bytesPerSecond;
        this.nanoClock = nanoClock;
        this.burstNanos = nanosFor(burstBytes);
        this.theoreticalArrival = nanoClock.getAsLong();
    }

    /** A burst of one second at the rate: enough for a player's start-up buffer, small against a film. */
    public static BandwidthLimit perSecond(long bytesPerSecond, LongSupplier nanoClock) {
        return new BandwidthLimit(bytesPerSecond, bytesPerSecond, nanoClock);
    }

    /** Counts bytes that have just been written. */
    public void written(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes " + bytes);
        }
        long now = nanoClock.getAsLong();
        // An idle stream does not save up credit beyond the burst: time spent waiting for the client is not owed.
        long start = theoreticalArrival - now < 0 ? now : theoreticalArrival;
        theoreticalArrival = start + nanosFor(bytes);
    }

    /** Zero when the next write may go now, else the nanoseconds until it may. */
    public long nanosUntilNextWrite() {
        long ahead = theoreticalArrival - nanoClock.getAsLong() - burstNanos;
        return Math.max(0, ahead);
    }

    /** Rounded up, so rounding never lets a stream exceed the cap. */
    private long nanosFor(long bytes) {
        long wholeSeconds = bytes / bytesPerSecond;
        long remainder = bytes % bytesPerSecond;
        long remainderNanos = (remainder * NANOS_PER_SECOND + bytesPerSecond - 1) / bytesPerSecond;
        return Math.addExact(Math.multiplyExact(wholeSeconds, NANOS_PER_SECOND), remainderNanos);
    }
}

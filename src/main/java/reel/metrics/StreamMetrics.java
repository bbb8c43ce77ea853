package reel.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

/**
 * Counters of video requests, updated from request threads without locks ({@link LongAdder} and
 * {@link AtomicLongArray}) and read as a {@link MetricsSnapshot} by {@code /metrics} and JMX. A
 * snapshot is not atomic across counters, as with every Prometheus client; each counter is exact.
 *
 * <pre>{@code
 * metrics.streamStarted();
 * ... write the response ...
 * metrics.streamEnded(status, bytesWritten, System.nanoTime() - startNanos, StreamMetrics.Ending.COMPLETE);
 * }</pre>
 *
 * <p>A response handed to the connector's sendfile is counted by status only ({@link #handedToSendfile}):
 * the connector does not tell the application how many bytes it sent or when it finished, and a
 * figure it cannot know is better left out than made up.
 */
public final class StreamMetrics {

    /** How a response that reel wrote itself ended. */
    public enum Ending {
        /** Every byte went out. */
        COMPLETE,
        /** The client went away first (a seek, a closed tab) or the async timeout cut it: normal for video. */
        CLIENT_ABORT,
        /** reel could not read the file, or it changed or shrank under the stream: a fault on the server's side. */
        READ_FAILURE
    }

    /** Upper bounds in seconds: a seek abandons a response within a second, a film plays for hours. */
    public static final List<Double> DURATION_BOUNDS_SECONDS = List.of(0.1, 0.5, 1.0, 5.0, 30.0, 60.0, 300.0, 900.0, 3600.0);

    private static final int STATUS_LIMIT = 600;
    private static final int PARTIAL_CONTENT = 206;
    private static final int OK = 200;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final AtomicLongArray byStatus = new AtomicLongArray(STATUS_LIMIT);
    private final LongAdder bytesServed = new LongAdder();
    private final LongAdder activeStreams = new LongAdder();
    private final LongAdder rangeResponses = new LongAdder();
    private final LongAdder fullResponses = new LongAdder();
    // Made here, with the Ending class: a stream can end after reel stopped, when no class loads any more.
    private final Map<Ending, LongAdder> endings = new EnumMap<>(Ending.class);
    private final LongAdder sendfileResponses = new LongAdder();
    /** One more than the bounds: the last counts durations above every bound (+Inf). */
    private final AtomicLongArray durationBuckets = new AtomicLongArray(DURATION_BOUNDS_SECONDS.size() + 1);
    private final LongAdder durationSumNanos = new LongAdder();
    private final LongAdder streamRefusals = new LongAdder();
    private volatile int streamBudget;
    private volatile IntSupplier budgetedStreams = () -> 0;

    private final AccessRefusals accessRefusals = new AccessRefusals();

    public StreamMetrics() {
        for (Ending ending : Ending.values()) {
            endings.put(ending, new LongAdder());
        }
    }

    /** The stream budget to show: its size, and where to read how many of its places are taken. */
    public void budget(int limit, IntSupplier running) {
        streamBudget = limit;
        budgetedStreams = running;
    }

    /** A video request was answered 503 because every place in the stream budget was taken. */
    public void streamRefused() {
        streamRefusals.increment();
    }

    /** A request for a video has arrived; it counts as active until {@link #streamEnded}. */
    public void streamStarted() {
        activeStreams.increment();
    }

    /**
     * The response is finished, completely or not.
     *
     * @param status the status sent, 100 to 599
     * @param bytes body bytes that reached the connector
     * @param ending whether every byte went out, and if not, whose side it was
     */
    public void streamEnded(int status, long bytes, long durationNanos, Ending ending) {
        if (bytes < 0 || durationNanos < 0) {
            throw new IllegalArgumentException("status " + status + ", bytes " + bytes + ", duration " + durationNanos);
        }
        answered(status);
        bytesServed.add(bytes);
        endings.get(ending).increment();
        durationBuckets.incrementAndGet(bucketOf(durationNanos));
        durationSumNanos.add(durationNanos);
    }

    /**
     * The response went to the connector's sendfile with {@code status}: it stops being active here, and
     * adds nothing to bytes, aborts, read failures or durations, which only the connector knows.
     */
    public void handedToSendfile(int status) {
        answered(status);
        sendfileResponses.increment();
    }

    private void answered(int status) {
        if (status < 100 || status >= STATUS_LIMIT) {
            throw new IllegalArgumentException("status " + status);
        }
        activeStreams.decrement();
        byStatus.incrementAndGet(status);
        if (status == PARTIAL_CONTENT) {
            rangeResponses.increment();
        } else if (status == OK) {
            fullResponses.increment();
        }
    }

    /** Requests turned away by the access settings; kept beside the stream counters so /metrics shows both. */
    public AccessRefusals accessRefusals() {
        return accessRefusals;
    }

    public MetricsSnapshot snapshot() {
        Map<Integer, Long> statuses = new TreeMap<>();
        for (int status = 0; status < STATUS_LIMIT; status++) {
            long count = byStatus.get(status);
            if (count > 0) {
                statuses.put(status, count);
            }
        }
        List<Long> cumulative = new ArrayList<>();
        long total = 0;
        for (int bucket = 0; bucket < durationBuckets.length(); bucket++) {
            total += durationBuckets.get(bucket);
            cumulative.add(total);
        }
        return new MetricsSnapshot(statuses, bytesServed.sum(), activeStreams.sum(), rangeResponses.sum(),
                fullResponses.sum(), endings.get(Ending.CLIENT_ABORT).sum(), endings.get(Ending.READ_FAILURE).sum(),
                sendfileResponses.sum(),
                new DurationHistogram(DURATION_BOUNDS_SECONDS, cumulative, durationSumNanos.sum()),
                new BudgetSnapshot(streamBudget, budgetedStreams.getAsInt(), streamRefusals.sum()));
    }

    /** The first bucket whose bound the duration does not exceed (Prometheus buckets are {@code le}). */
    static int bucketOf(long durationNanos) {
        for (int bucket = 0; bucket < DURATION_BOUNDS_SECONDS.size(); bucket++) {
            if (durationNanos <= (long) (DURATION_BOUNDS_SECONDS.get(bucket) * NANOS_PER_SECOND)) {
                return bucket;
            }
        }
        return DURATION_BOUNDS_SECONDS.size();
    }
}

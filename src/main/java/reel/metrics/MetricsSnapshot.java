package reel.metrics;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The counters of {@link StreamMetrics} at one moment.
 *
 * @param requestsByStatus finished video requests per status code, only codes that occurred, ascending
 * @param rangeResponses responses with status 206 (one range or several)
 * @param fullResponses responses with status 200 (the whole file)
 * @param bytesServed body bytes reel wrote itself; not those of responses handed to sendfile
 * @param clientAborts responses reel wrote whose client left before the end, or that the async timeout cut
 * @param readFailures responses reel wrote that ended early because the file could not be read or changed
 * @param sendfileResponses responses handed to the connector's sendfile, whose bytes and end it does not report
 * @param budget the stream budget: its size, the places taken, the requests refused for want of one
 */
public record MetricsSnapshot(Map<Integer, Long> requestsByStatus, long bytesServed, long activeStreams,
        long rangeResponses, long fullResponses, long clientAborts, long readFailures, long sendfileResponses,
        DurationHistogram streamDuration,
        BudgetSnapshot budget) {

    public MetricsSnapshot {
        requestsByStatus = Collections.unmodifiableMap(new TreeMap<>(requestsByStatus));
        Objects.requireNonNull(streamDuration, "streamDuration");
        Objects.requireNonNull(budget, "budget");
    }

    public long requests() {
        return requestsByStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}

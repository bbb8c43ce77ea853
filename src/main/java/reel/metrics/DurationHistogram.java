package reel.metrics;

import java.util.List;

/**
 * Stream durations as Prometheus buckets.
 *
 * @param boundsSeconds the upper bounds, ascending
 * @param cumulativeCounts one per bound plus a last one for +Inf, each counting durations at or below its bound
 */
public record DurationHistogram(List<Double> boundsSeconds, List<Long> cumulativeCounts, long sumNanos) {

    public DurationHistogram {
        boundsSeconds = List.copyOf(boundsSeconds);
        cumulativeCounts = List.copyOf(cumulativeCounts);
        if (cumulativeCounts.size() != boundsSeconds.size() + 1) {
            throw new IllegalArgumentException(boundsSeconds.size() + " bounds need "
                    + (boundsSeconds.size() + 1) + " counts, not " + cumulativeCounts.size());
        }
    }

    /** Every observation; the +Inf bucket. */
    public long count() {
        return cumulativeCounts.get(cumulativeCounts.size() - 1);
    }

    public double sumSeconds() {
        return sumNanos / 1e9;
    }
}

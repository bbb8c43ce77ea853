package reel.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link StreamMetrics} as the MXBean {@link StreamingMXBean}; each attribute read takes a fresh
 * snapshot. {@link StreamingRegistration} puts it into JMX under the names of {@link StreamingNames}.
 */
public final class StreamingBean implements StreamingMXBean {

    private final StreamMetrics metrics;
    private final Drain drain;
    private final String webappVersion;

    StreamingBean(StreamMetrics metrics, Drain drain, String webappVersion) {
        this.metrics = metrics;
        this.drain = drain;
        this.webappVersion = webappVersion;
    }

    @Override
    public boolean isDraining() {
        return drain.isDraining();
    }

    @Override
    public void drain() {
        drain.drain();
    }

    @Override
    public void undrain() {
        drain.undrain();
    }

    @Override
    public String getWebappVersion() {
        return webappVersion;
    }

    @Override
    public Map<String, Long> getRequestsByStatus() {
        Map<String, Long> byStatus = new TreeMap<>();
        metrics.snapshot().requestsByStatus().forEach((status, count) -> byStatus.put(status.toString(), count));
        return byStatus;
    }

    @Override
    public long getRequests() {
        return metrics.snapshot().requests();
    }

    @Override
    public long getBytesServed() {
        return metrics.snapshot().bytesServed();
    }

    @Override
    public long getActiveStreams() {
        return metrics.snapshot().activeStreams();
    }

    @Override
    public long getRangeResponses() {
        return metrics.snapshot().rangeResponses();
    }

    @Override
    public long getFullResponses() {
        return metrics.snapshot().fullResponses();
    }

    @Override
    public long getClientAborts() {
        return metrics.snapshot().clientAborts();
    }

    @Override
    public long getReadFailures() {
        return metrics.snapshot().readFailures();
    }

    @Override
    public long getSendfileResponses() {
        return metrics.snapshot().sendfileResponses();
    }

    @Override
    public Map<String, Long> getStreamDurationBuckets() {
        DurationHistogram histogram = metrics.snapshot().streamDuration();
        Map<String, Long> buckets = new LinkedHashMap<>();
        for (int bucket = 0; bucket < histogram.boundsSeconds().size(); bucket++) {
            buckets.put(PrometheusText.number(histogram.boundsSeconds().get(bucket)),
                    histogram.cumulativeCounts().get(bucket));
        }
        buckets.put("+Inf", histogram.count());
        return buckets;
    }

    @Override
    public long getStreamDurationCount() {
        return metrics.snapshot().streamDuration().count();
    }

    @Override
    public double getStreamDurationSecondsSum() {
        return metrics.snapshot().streamDuration().sumSeconds();
    }

    @Override
    public long getStreamBudget() {
        return metrics.snapshot().budget().limit();
    }

    @Override
    public long getBudgetedStreams() {
        return metrics.snapshot().budget().running();
    }

    @Override
    public long getStreamRefusals() {
        return metrics.snapshot().budget().refusals();
    }
}

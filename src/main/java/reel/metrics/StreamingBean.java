package reel.metrics;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanRegistrationException;
import javax.management.MBeanServer;
import javax.management.NotCompliantMBeanException;
import javax.management.ObjectName;

/**
 * {@link StreamMetrics} as the MXBean {@code reel:type=Streaming} in the platform MBean server. Each
 * attribute read takes a fresh snapshot. {@link #unregister()} must run on undeploy: a registered bean
 * holds the web application's class loader, which Tomcat would report as a leak.
 */
public final class StreamingBean implements StreamingMXBean {

    public static final String OBJECT_NAME = "reel:type=Streaming";

    private final StreamMetrics metrics;
    private final MBeanServer server;
    private final ObjectName name;

    private StreamingBean(StreamMetrics metrics, MBeanServer server, ObjectName name) {
        this.metrics = metrics;
        this.server = server;
        this.name = name;
    }

    /**
     * Registers {@code reel:type=Streaming}, or {@code reel:type=Streaming,context=<path>} when another
     * reel in the same JVM already holds that name.
     */
    public static StreamingBean register(StreamMetrics metrics, String contextPath) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            return register(metrics, server, new ObjectName(OBJECT_NAME));
        } catch (InstanceAlreadyExistsException taken) {
            return register(metrics, server, new ObjectName(OBJECT_NAME + ",context=" + ObjectName.quote(contextPath)));
        }
    }

    private static StreamingBean register(StreamMetrics metrics, MBeanServer server, ObjectName name)
            throws InstanceAlreadyExistsException, MBeanRegistrationException, NotCompliantMBeanException {
        StreamingBean bean = new StreamingBean(metrics, server, name);
        server.registerMBean(bean, name);
        return bean;
    }

    public ObjectName name() {
        return name;
    }

    public void unregister() throws MBeanRegistrationException, InstanceNotFoundException {
        server.unregisterMBean(name);
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

package reel.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class StreamingBeanTest {

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();

    @Test
    void attributesReadTheCountersLive() throws Exception {
        StreamMetrics metrics = new StreamMetrics();
        ObjectName name = new ObjectName("reel:type=Streaming,context=/reel");
        StreamingBean bean = new StreamingBean(metrics, new Drain(Optional.empty()), "002");
        server.registerMBean(bean, name);

        metrics.streamStarted();
        metrics.streamEnded(206, 100, 2_000_000_000L, StreamMetrics.Ending.CLIENT_ABORT);

        assertEquals("002", server.getAttribute(name, "WebappVersion"));
        assertEquals(100L, server.getAttribute(name, "BytesServed"));
        assertEquals(1L, server.getAttribute(name, "ClientAborts"));
        assertEquals(0L, server.getAttribute(name, "ReadFailures"));
        assertEquals(0L, server.getAttribute(name, "SendfileResponses"));
        assertEquals(2.0, server.getAttribute(name, "StreamDurationSecondsSum"));
        assertEquals(Map.of("206", 1L), bean.getRequestsByStatus());
        assertEquals(0L, bean.getStreamDurationBuckets().get("1"));
        assertEquals(1L, bean.getStreamDurationBuckets().get("5"));
        assertEquals(1L, bean.getStreamDurationBuckets().get("+Inf"));

        int[] running = {3};
        metrics.budget(10, () -> running[0]);
        metrics.streamRefused();
        assertEquals(10L, server.getAttribute(name, "StreamBudget"));
        assertEquals(3L, server.getAttribute(name, "BudgetedStreams"));
        assertEquals(1L, server.getAttribute(name, "StreamRefusals"));
        running[0] = 2;
        assertEquals(2L, server.getAttribute(name, "BudgetedStreams"), "read live");
    }
}

package reel.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class StreamingBeanTest {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Test
    void attributesReadTheCountersLive() throws Exception {
        StreamMetrics metrics = new StreamMetrics();
        StreamingBean bean = StreamingBean.register(metrics, "/reel");
        try {
            metrics.streamStarted();
            metrics.streamEnded(206, 100, 2_000_000_000L, StreamMetrics.Ending.CLIENT_ABORT);

            ObjectName name = new ObjectName("reel:type=Streaming");
            assertEquals(name, bean.name());
            assertEquals(100L, server.getAttribute(name, "BytesServed"));
            assertEquals(1L, server.getAttribute(name, "ClientAborts"));
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
        } finally {
            bean.unregister();
        }
        assertFalse(server.isRegistered(bean.name()));
    }

    @Test
    void aSecondReelInTheSameJvmIsNamedByItsContextPath() throws Exception {
        StreamingBean first = StreamingBean.register(new StreamMetrics(), "/reel");
        try {
            StreamingBean second = StreamingBean.register(new StreamMetrics(), "/films");
            try {
                assertEquals(new ObjectName("reel:type=Streaming,context=\"/films\""), second.name());
            } finally {
                second.unregister();
            }
        } finally {
            first.unregister();
        }
    }
}

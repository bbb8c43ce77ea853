package reel.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamMetricsTest {

    private static final long MS = 1_000_000L;

    private final StreamMetrics metrics = new StreamMetrics();

    @Test
    void countsWhatEachFinishedStreamReports() {
        end(200, 1000, 5 * MS, StreamMetrics.Ending.COMPLETE);
        end(206, 100, 2 * MS, StreamMetrics.Ending.COMPLETE);
        end(206, 50, 3000 * MS, StreamMetrics.Ending.CLIENT_ABORT);
        end(404, 0, 1 * MS, StreamMetrics.Ending.COMPLETE);
        metrics.streamStarted();

        MetricsSnapshot snapshot = metrics.snapshot();
        assertEquals(Map.of(200, 1L, 206, 2L, 404, 1L), snapshot.requestsByStatus());
        assertEquals(4, snapshot.requests());
        assertEquals(1150, snapshot.bytesServed());
        assertEquals(1, snapshot.activeStreams());
        assertEquals(2, snapshot.rangeResponses());
        assertEquals(1, snapshot.fullResponses());
        assertEquals(1, snapshot.clientAborts());
        assertEquals(0, snapshot.readFailures());
        assertEquals(List.of(3L, 3L, 3L, 4L, 4L, 4L, 4L, 4L, 4L, 4L), snapshot.streamDuration().cumulativeCounts());
        assertEquals(3.008, snapshot.streamDuration().sumSeconds(), 1e-9);
    }

    /** A failing disk must not look like viewers seeking. */
    @Test
    void aReadFailureIsNotAClientAbort() {
        end(200, 4096, MS, StreamMetrics.Ending.READ_FAILURE);

        MetricsSnapshot snapshot = metrics.snapshot();
        assertEquals(1, snapshot.readFailures());
        assertEquals(0, snapshot.clientAborts());
        assertEquals(4096, snapshot.bytesServed());
    }

    /** The connector sends those bytes without saying how many or when it is done: none are made up. */
    @Test
    void aResponseHandedToSendfileCountsByStatusOnly() {
        metrics.streamStarted();
        metrics.handedToSendfile(206);

        MetricsSnapshot snapshot = metrics.snapshot();
        assertEquals(Map.of(206, 1L), snapshot.requestsByStatus());
        assertEquals(1, snapshot.rangeResponses());
        assertEquals(1, snapshot.sendfileResponses());
        assertEquals(0, snapshot.activeStreams());
        assertEquals(0, snapshot.bytesServed());
        assertEquals(0, snapshot.clientAborts());
        assertEquals(0, snapshot.streamDuration().count());
    }

    @ParameterizedTest(name = "{0} ns -> bucket {1}")
    @CsvSource(textBlock = """
            0,              0
            100000000,      0
            100000001,      1
            1000000000,     2
            3600000000000,  8
            3600000000001,  9
            """)
    void aDurationOnABoundCountsInThatBucket(long nanos, int bucket) {
        assertEquals(bucket, StreamMetrics.bucketOf(nanos));
    }

    @Test
    void refusesImpossibleReports() {
        assertThrows(IllegalArgumentException.class, () -> metrics.streamEnded(99, 0, 0, StreamMetrics.Ending.COMPLETE));
        assertThrows(IllegalArgumentException.class, () -> metrics.streamEnded(600, 0, 0, StreamMetrics.Ending.COMPLETE));
        assertThrows(IllegalArgumentException.class, () -> metrics.streamEnded(200, -1, 0, StreamMetrics.Ending.COMPLETE));
    }

    @Test
    void concurrentStreamsLoseNoCounts() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Callable<Void> writer = () -> {
                for (int i = 0; i < 10_000; i++) {
                    end(206, 3, MS, i % 2 == 0 ? StreamMetrics.Ending.CLIENT_ABORT : StreamMetrics.Ending.COMPLETE);
                }
                return null;
            };
            for (Future<Void> future : threads.invokeAll(Collections.nCopies(4, writer))) {
                future.get();
            }
        } finally {
            threads.shutdown();
        }
        MetricsSnapshot snapshot = metrics.snapshot();
        assertEquals(40_000, snapshot.rangeResponses());
        assertEquals(120_000, snapshot.bytesServed());
        assertEquals(20_000, snapshot.clientAborts());
        assertEquals(0, snapshot.activeStreams());
        assertEquals(40_000, snapshot.streamDuration().count());
    }

    private void end(int status, long bytes, long nanos, StreamMetrics.Ending ending) {
        metrics.streamStarted();
        metrics.streamEnded(status, bytes, nanos, ending);
    }
}

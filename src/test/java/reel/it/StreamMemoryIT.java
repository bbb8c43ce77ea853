package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.stream.StreamBudget;

/**
 * What a stream holds on the heap, measured rather than assumed: the heap after N viewers who stopped
 * reading against the heap before them, both after a full collection, in the JVM that runs Tomcat. The
 * figure includes Tomcat's own share of each connection, which is what an operator's -Xmx must carry.
 */
class StreamMemoryIT {

    private static final int VIEWERS = 300;
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    static Path root;

    @Test
    void aStalledStreamHoldsAboutTheStatedHeap() throws Exception {
        Path media = Files.createDirectories(root.resolve("media"));
        Path big = AsyncStreamingIT.sparse(media.resolve("big.mp4"), 1L << 30);
        try (ReelServer server = ReelServer.start(media)) {
            // Warm up: classes loaded, pools created, so the baseline holds what every later request shares.
            stall(server, 20).forEach(SlowClient::closeQuietly);
            ProcessResources.await(BOUND, () -> ProcessResources.handlesOn(big) == 0, () -> "warm-up streams still open");
            long before = heapAfterCollection();

            List<SlowClient> viewers = stall(server, VIEWERS);
            try {
                ProcessResources.await(BOUND, () -> ProcessResources.busyRequestThreads() == 0,
                        () -> ProcessResources.busyRequestThreads() + " request threads still busy");
                long after = heapAfterCollection();
                long perStream = (after - before) / VIEWERS;
                System.out.printf("heap per stalled stream: %d bytes (%d viewers, %d -> %d bytes)%n", perStream,
                        VIEWERS, before, after);
                assertTrue(perStream <= StreamBudget.HEAP_PER_STREAM, perStream + " bytes per stream, stated "
                        + StreamBudget.HEAP_PER_STREAM);
                assertEquals(VIEWERS, ProcessResources.handlesOn(big));
            } finally {
                viewers.forEach(SlowClient::closeQuietly);
            }
        }
    }

    /** Viewers that read one byte of a long ranged stream and then nothing more. */
    private static List<SlowClient> stall(ReelServer server, int count) throws Exception {
        List<SlowClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                SlowClient client = SlowClient.get(server.port(), "/reel/video/big.mp4",
                        "Range: bytes=" + i * 65_536L + "-");
                clients.add(client);
                assertEquals(206, client.status());
                assertEquals(1, client.read(1));
            }
            return clients;
        } catch (Exception | Error failure) {
            clients.forEach(SlowClient::closeQuietly);
            throw failure;
        }
    }

    /** Used heap after full collections; the least of three, so a collection that ran late does not count. */
    private static long heapAfterCollection() throws InterruptedException {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}

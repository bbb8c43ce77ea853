import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * N clients that each ask for the big file from its start, read 1 KB and then nothing, and hang on
 * for 10 s while a health check and a range request are timed every half second; then they all go,
 * and the server's descriptors and heap should come back.
 */
final class StalledClients {
    static final Duration HOLD = Duration.ofSeconds(10);
    static final int OPEN_PER_TICK = 200;
    private static final int FIRST_BYTES = 1024;

    record Outcome(int clients, int served, int refused, double worstHealthMs, double worstRangeMs, int slowProbes,
            long heapBeforeMiB, long peakHeapMiB, long heapAfterMiB, long peakDescriptors, Aftermath aftermath) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d stalled: %d served, %d refused; worst health %.0f ms, worst range"
                    + " %.0f ms, %d probes over 1 s; heap %d -> peak %d -> %d MiB; peak %d descriptors; %s", clients,
                    served, refused, worstHealthMs, worstRangeMs, slowProbes, heapBeforeMiB, peakHeapMiB,
                    heapAfterMiB, peakDescriptors, aftermath);
        }
    }

    private StalledClients() {
    }

    static Outcome run(Server server, int count, Path big) throws Exception {
        LogCounts logsBefore = LogCounts.of(server.logs());
        long descriptorsBefore = ProcessFigures.descriptors(server);
        long heapBefore = HeapSampler.afterCollectionMiB(server);
        List<Viewer> clients = new ArrayList<>();
        ByteBuffer sink = ByteBuffer.allocateDirect(FIRST_BYTES);
        double worstHealth = 0;
        double worstRange = 0;
        int slowProbes = 0;
        long peakDescriptors = 0;
        long peakHeap;
        try (Selector selector = Selector.open(); HeapSampler heap = HeapSampler.start(server)) {
            try {
                long holdUntil = Long.MAX_VALUE;
                long nextProbe = System.nanoTime();
                int attempts = 0;
                int refusedInARow = 0;
                while (System.nanoTime() < holdUntil) {
                    for (int i = 0; i < OPEN_PER_TICK && attempts < count; i++, attempts++) {
                        Optional<Viewer> client = Viewer.open(server, selector, "bytes=0-", FIRST_BYTES);
                        client.ifPresent(clients::add);
                        refusedInARow = client.isPresent() ? 0 : refusedInARow + 1;
                        if (refusedInARow == Viewer.GIVE_UP_AFTER) {
                            System.out.println("  gave up opening after " + Viewer.GIVE_UP_AFTER
                                    + " connections in a row failed");
                            attempts = count;
                            break;
                        }
                    }
                    if (attempts == count && holdUntil == Long.MAX_VALUE) {
                        holdUntil = System.nanoTime() + HOLD.toNanos();
                    }
                    selector.select(100);
                    for (SelectionKey key : selector.selectedKeys()) {
                        readFirstKilobyte((Viewer) key.attachment(), key, sink);
                    }
                    selector.selectedKeys().clear();
                    if (holdUntil != Long.MAX_VALUE && System.nanoTime() >= nextProbe) {
                        nextProbe = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                        double health = server.healthPath().map(path -> Probes.timedGet(server, path, "")).orElse(0.0);
                        double range = Probes.timedGet(server, server.bigPath(), "bytes=1048576-1114111");
                        worstHealth = Math.max(worstHealth, health);
                        worstRange = Math.max(worstRange, range);
                        slowProbes += (health > 1000 ? 1 : 0) + (range > 1000 ? 1 : 0);
                        peakDescriptors = Math.max(peakDescriptors, ProcessFigures.descriptors(server));
                    }
                }
            } finally {
                for (Viewer client : clients) {
                    client.channel.close();
                }
            }
            peakHeap = heap.peakMiB();
        }
        Aftermath aftermath = Aftermath.after(server, big, logsBefore, descriptorsBefore);
        long heapAfter = HeapSampler.afterCollectionMiB(server);
        int served = (int) clients.stream().filter(c -> c.status.code() / 100 == 2).count();
        int refused = (int) clients.stream().filter(c -> c.status.code() == 503).count();
        return new Outcome(count, served, refused, worstHealth, worstRange, slowProbes, heapBefore, peakHeap,
                heapAfter, peakDescriptors, aftermath);
    }

    private static void readFirstKilobyte(Viewer client, SelectionKey key, ByteBuffer sink) {
        sink.clear().limit((int) Math.min(sink.capacity(), Math.max(1, client.allowance)));
        int read;
        try {
            read = client.channel.read(sink);
        } catch (IOException reset) {
            read = -1;
        }
        if (read < 0) {
            key.cancel();
            return;
        }
        client.status.feed(sink.flip());
        client.allowance -= read;
        if (client.allowance <= 0) {
            key.interestOps(0);
        }
    }
}

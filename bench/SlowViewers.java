import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * N viewers at once, each reading about 64 KB/s of a different part of the big file for 20 s, on one
 * selector thread: how many are served, refused (503) or left without an answer, how soon the served
 * get their first byte, and what the server holds meanwhile and afterwards.
 */
final class SlowViewers {

    record Outcome(int viewers, int served, int refused, int unanswered, int firstByteWithin1s, double ttfbP50ms,
            double ttfbP99ms, int peakThreads, long peakRssMiB, long peakHeapMiB, Aftermath aftermath) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d viewers: %d served (%d first byte <= 1 s), %d refused, %d no answer,"
                    + " TTFB p50 %.0f ms p99 %.0f ms, peak %d threads, %d MiB RSS, %d MiB heap; %s", viewers, served,
                    firstByteWithin1s, refused, unanswered, ttfbP50ms, ttfbP99ms, peakThreads, peakRssMiB,
                    peakHeapMiB, aftermath);
        }
    }

    static final int SLOW_RATE = 64 * 1024;
    static final Duration SLOW_FOR = Duration.ofSeconds(20);
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final int PER_TICK = SLOW_RATE / 10;
    private static final int OPEN_PER_TICK = 100;

    private SlowViewers() {
    }

    static Outcome run(Server server, int count, Path big) throws Exception {
        long fileSize = Files.size(big);
        LogCounts logsBefore = LogCounts.of(server.logs());
        long descriptorsBefore = ProcessFigures.descriptors(server);
        Random random = new Random(count);
        List<Viewer> viewers = new ArrayList<>();
        ByteBuffer sink = ByteBuffer.allocateDirect(64 * 1024);
        int peakThreads = 0;
        long peakRss = 0;
        int attempts = 0;
        int refusedInARow = 0;
        try (Selector selector = Selector.open(); HeapSampler heap = HeapSampler.start(server)) {
            try {
                long end = Long.MAX_VALUE;
                long nextTick = System.nanoTime();
                while (System.nanoTime() < end) {
                    long now = System.nanoTime();
                    if (now >= nextTick) {
                        nextTick = now + TICK_NANOS;
                        for (int i = 0; i < OPEN_PER_TICK && attempts < count; i++, attempts++) {
                            long offset = (random.nextLong(fileSize - ThroughputWorkload.RANGE) / 4096) * 4096;
                            Optional<Viewer> viewer = Viewer.open(server, selector, "bytes=" + offset + "-", PER_TICK);
                            viewer.ifPresent(viewers::add);
                            refusedInARow = viewer.isPresent() ? 0 : refusedInARow + 1;
                            if (refusedInARow == Viewer.GIVE_UP_AFTER) {
                                // The server stopped accepting: the rest would each wait out a connect timeout.
                                System.out.println("  gave up opening after " + Viewer.GIVE_UP_AFTER
                                        + " connections in a row failed");
                                attempts = count;
                                break;
                            }
                        }
                        if (attempts == count && end == Long.MAX_VALUE) {
                            end = now + SLOW_FOR.toNanos();
                        }
                        for (Viewer viewer : viewers) {
                            viewer.allowance = Math.min(viewer.allowance + PER_TICK, 2L * PER_TICK);
                            SelectionKey key = viewer.channel.keyFor(selector);
                            if (key != null && key.isValid()) {
                                key.interestOps(SelectionKey.OP_READ);
                            }
                        }
                        peakThreads = Math.max(peakThreads, ProcessFigures.threads(server));
                        peakRss = Math.max(peakRss, ProcessFigures.rssKiB(server));
                        if (System.getenv("BENCH_DEBUG") != null && attempts % 500 == 0 && attempts < count) {
                            System.out.println("    sockstat at " + attempts + ": "
                                    + Files.readAllLines(Path.of("/proc/net/sockstat")).get(1));
                        }
                    }
                    long wanted = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextTick - System.nanoTime()));
                    long beforeSelect = System.nanoTime();
                    selector.select(wanted);
                    long gap = (System.nanoTime() - beforeSelect) / 1_000_000 - wanted;
                    if (System.getenv("BENCH_DEBUG") != null && gap > 100) {
                        System.out.println("    client select overslept by " + gap + " ms at " + attempts);
                    }
                    long beforeReads = System.nanoTime();
                    for (SelectionKey key : selector.selectedKeys()) {
                        read((Viewer) key.attachment(), key, sink);
                    }
                    long reads = (System.nanoTime() - beforeReads) / 1_000_000;
                    if (System.getenv("BENCH_DEBUG") != null && reads > 100) {
                        System.out.println("    client reads took " + reads + " ms at " + attempts);
                    }
                    selector.selectedKeys().clear();
                }
            } finally {
                for (Viewer viewer : viewers) {
                    viewer.channel.close();
                }
            }
            Aftermath aftermath = Aftermath.after(server, big, logsBefore, descriptorsBefore);
            return outcome(count, viewers, peakThreads, peakRss / 1024, heap.peakMiB(), aftermath);
        }
    }

    private static void read(Viewer viewer, SelectionKey key, ByteBuffer sink) throws IOException {
        sink.clear().limit((int) Math.min(sink.capacity(), viewer.allowance));
        int read;
        try {
            read = viewer.channel.read(sink);
        } catch (IOException reset) {
            read = -1;
        }
        if (read > 0 && viewer.firstByte < 0) {
            viewer.firstByte = System.nanoTime();
        }
        if (read < 0) {
            key.cancel();
            return;
        }
        viewer.status.feed(sink.flip());
        viewer.allowance -= read;
        if (viewer.allowance <= 0) {
            key.interestOps(0);
        }
    }

    private static Outcome outcome(int count, List<Viewer> viewers, int peakThreads, long peakRssMiB,
            long peakHeapMiB, Aftermath aftermath) {
        if (System.getenv("BENCH_DEBUG") != null && !viewers.isEmpty()) {
            printArrivals(viewers);
        }
        List<Viewer> served = viewers.stream().filter(v -> v.status.code() / 100 == 2).toList();
        int refused = (int) viewers.stream().filter(v -> v.status.code() == 503).count();
        int unanswered = count - served.size() - refused;
        double[] ttfb = served.stream().mapToDouble(v -> (v.firstByte - v.started) / 1e6).sorted().toArray();
        int within = (int) Arrays.stream(ttfb).filter(ms -> ms <= 1000).count();
        // Viewers without an answer count as waiting forever, so the percentiles do not flatter.
        double[] all = Arrays.copyOf(ttfb, ttfb.length + unanswered);
        Arrays.fill(all, ttfb.length, all.length, Double.POSITIVE_INFINITY);
        Arrays.sort(all);
        return new Outcome(count, served.size(), refused, unanswered, within, percentile(all, 50),
                percentile(all, 99), peakThreads, peakRssMiB, peakHeapMiB, aftermath);
    }

    /** BENCH_DEBUG: TTFB of the served by the second they arrived in, to see when a server fell behind. */
    private static void printArrivals(List<Viewer> viewers) {
        long t0 = viewers.get(0).started;
        Map<Long, List<Double>> bySecond = new TreeMap<>();
        for (Viewer v : viewers) {
            if (v.status.code() / 100 == 2) {
                bySecond.computeIfAbsent((v.started - t0) / 1_000_000_000L, k -> new ArrayList<>())
                        .add((v.firstByte - v.started) / 1e6);
            }
        }
        bySecond.forEach((second, list) -> {
            double[] sorted = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "    arrival %ds: %d served, p50 %.0f p99 %.0f max %.0f%n", second,
                    sorted.length, percentile(sorted, 50), percentile(sorted, 99), sorted[sorted.length - 1]);
        });
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}

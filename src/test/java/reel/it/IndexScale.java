package reel.it;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import reel.media.MediaLibrary;
import reel.search.IndexStatus;
import reel.search.Indexing;
import reel.search.LibraryIndex;
import reel.search.Query;

/**
 * Run in a JVM of its own with a small heap by {@link SearchScaleIT}: indexes a {@link ScaleLibrary}
 * through reel's own {@link Indexing}, then prints what it measured as {@code name=value} lines: how long
 * the first reading took, the heap the index holds, and search times. Exits 0 only when every video was found.
 */
public final class IndexScale {

    private static final int ROUNDS = 50;

    private IndexScale() {
    }

    public static void main(String[] arguments) throws Exception {
        MediaLibrary library = new MediaLibrary(Path.of(arguments[0]));
        long heapBefore = usedHeapAfterCollection();
        int videos;
        try (Indexing indexing = Indexing.start(library)) {
            LibraryIndex index = indexing.index();
            while (!(index.status() instanceof IndexStatus.Ready)) {
                Thread.sleep(20);
            }
            IndexStatus.Ready ready = (IndexStatus.Ready) index.status();
            long heapHeld = usedHeapAfterCollection() - heapBefore;
            print("videos", ready.videos());
            print("folders", ready.folders());
            print("build_ms", ready.took().toMillis());
            print("heap_held_bytes", heapHeld);
            print("heap_limit_bytes", Runtime.getRuntime().maxMemory());
            List<Long> nanos = new ArrayList<>();
            for (int round = 0; round < ROUNDS + 5; round++) {
                for (String typed : ScaleLibrary.QUERIES) {
                    long start = System.nanoTime();
                    index.search(Query.parse(Optional.of(typed)));
                    // The first rounds warm the JIT up, as a running server is.
                    if (round >= 5) {
                        nanos.add(System.nanoTime() - start);
                    }
                }
            }
            Collections.sort(nanos);
            print("search_p50_ms", millis(nanos.get(nanos.size() / 2)));
            print("search_p99_ms", millis(nanos.get(nanos.size() * 99 / 100)));
            print("search_max_ms", millis(nanos.get(nanos.size() - 1)));
            print("searches", nanos.size());
            videos = ready.videos();
        }
        System.exit(videos == ScaleLibrary.VIDEOS ? 0 : 1);
    }

    private static long usedHeapAfterCollection() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", Duration.ofNanos(nanos).toNanos() / 1e6);
    }

    private static void print(String name, Object value) {
        System.out.println(name + "=" + value);
    }
}

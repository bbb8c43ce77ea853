import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The library workload (issue 13): this build of reel over {@link LibraryFiles}, with the JVM's default heap and
 * with -Xmx512m, each time started fresh beside a fresh stock Tomcat whose DefaultServlet lists the same
 * folders, with the same heap. Measures the first index (time and heap held), search latency, and the big
 * folder's page cold and warm beside DefaultServlet's listing; with the default heap, Chromium's load times.
 * The two servers run side by side, each idle while the other answers, so that the ratios hold on a busy machine.
 */
final class LibraryWorkload {

    /** DefaultServlet's resource cache, as LargeFolderIT sizes it: room for every entry of the big folder. */
    static final long LISTING_CACHE_KIB = 256 * 1024;
    static final Duration INDEX_PATIENCE = Duration.ofMinutes(5);
    static final String HOME = "/reel/";
    static final String FOLDER = "/reel/browse/" + LibraryFiles.BIG + "/";
    static final String NEWEST = FOLDER + "?sort=newest";
    static final String LISTING = "/files/" + LibraryFiles.BIG + "/";
    static final int PAGE_VIDEOS = 120;

    private final Path work;
    private final Path catalinaHome;
    private final Path war;

    private LibraryWorkload(Path work, Path catalinaHome, Path war) {
        this.work = work;
        this.catalinaHome = catalinaHome;
        this.war = war;
    }

    /** One run per heap setting; {@code oneFileMedia} is the folder reel's heap without the library is measured over. */
    static List<LibraryRun> run(Path work, Path catalinaHome, Path war, Path oneFileMedia) throws Exception {
        LibraryFiles library = LibraryFiles.ensure(work.resolve("library"));
        LibraryWorkload workload = new LibraryWorkload(work, catalinaHome, war);
        List<LibraryRun> runs = new ArrayList<>();
        for (Optional<String> heap : List.of(Optional.<String>empty(), Optional.of(Lineup.HEAP_LIMIT))) {
            System.out.println("== library, " + heap.map(limit -> "-Xmx" + limit).orElse("default heap"));
            long oneFileKiB = workload.oneFileHeapKiB(oneFileMedia, heap);
            runs.add(workload.measure(library, heap, oneFileKiB));
        }
        return runs;
    }

    /** Used heap after a full collection of this build over the one-file folder, its index ready. */
    private long oneFileHeapKiB(Path media, Optional<String> heap) throws Exception {
        Tomcat reel = limited(Tomcat.reelLibrary("reel", base("library-reel-one-file", heap), catalinaHome, war, media), heap);
        long started = System.nanoTime();
        reel.start();
        try {
            IndexReady.await(reel.logs().resolve("console.out"), started, INDEX_PATIENCE);
            return HeapSampler.afterCollectionKiB(reel);
        } finally {
            reel.stop();
        }
    }

    private LibraryRun measure(LibraryFiles library, Optional<String> heap, long oneFileKiB) throws Exception {
        Tomcat listing = limited(Tomcat.listing("DefaultServlet, listings", base("library-default", heap),
                catalinaHome, library.media(), LISTING_CACHE_KIB), heap);
        Tomcat reel = limited(Tomcat.reelLibrary("reel", base("library-reel", heap), catalinaHome, war, library.media()), heap);
        listing.start();
        try {
            double loadAtStart = Machine.loadAverage();
            long started = System.nanoTime();
            reel.start();
            try {
                IndexReady index = IndexReady.await(reel.logs().resolve("console.out"), started, INDEX_PATIENCE);
                System.out.printf(Locale.ROOT, "  index ready: %d videos, %d folders, read in %.1f s (reel's log), "
                        + "%.2f s after deployment%n", index.videos(), index.folders(), index.readSeconds(),
                        index.deployToReadySeconds());
                Indexed indexed = new Indexed(heap, index, oneFileKiB, HeapSampler.afterCollectionKiB(reel), loadAtStart);
                return measured(reel, listing, indexed);
            } finally {
                reel.stop();
            }
        } finally {
            listing.stop();
        }
    }

    /** What was measured up to the index being ready: its log line, the heap before and after, the load when reel started. */
    private record Indexed(Optional<String> heap, IndexReady index, long oneFileHeapKiB, long libraryHeapKiB,
            double loadAtStart) {
    }

    /** Pages first (the big folder's first view is the first page anyone asks for), then search, then the browser. */
    private LibraryRun measured(Tomcat reel, Tomcat listing, Indexed indexed) throws Exception {
        Fetched first = videoPage(Fetched.ok(uri(reel, FOLDER)));
        Fetched newest = videoPage(Fetched.ok(uri(reel, NEWEST)));
        Fetched listed = listingPage(Fetched.ok(uri(listing, LISTING)));
        List<Latency> warm = WarmPages.time(List.of(first.uri(), listed.uri(), newest.uri()));
        System.out.printf(Locale.ROOT, "  big folder warm p50: reel %.1f ms (%d B), newest %.1f ms, DefaultServlet %.1f ms"
                + " (%d B)%n", warm.get(0).p50(), first.body().length, warm.get(2).p50(), warm.get(1).p50(),
                listed.body().length);
        SearchTimings.Outcome search = SearchTimings.run(reel.port());
        System.out.printf(Locale.ROOT, "  search p50 %.1f ms, p99 %.1f ms over %d requests; the stylesheet's p99 %.1f ms%n",
                search.all().p50(), search.all().p99(), search.all().count(), search.control().p99());
        Optional<LibraryRun.Renders> renders = indexed.heap().isEmpty() ? renders(reel, listing) : Optional.empty();
        LibraryRun.Machinery machinery = new LibraryRun.Machinery(indexed.loadAtStart(), Machine.loadAverage(),
                LogCounts.of(reel.logs()));
        return new LibraryRun(indexed.heap(), indexed.index(), indexed.oneFileHeapKiB(), indexed.libraryHeapKiB(), search,
                timing(FOLDER, first, warm.get(0)), timing(NEWEST, newest, warm.get(2)), timing(LISTING, listed, warm.get(1)),
                cacheWarnings(listing), renders, machinery);
    }

    /** Optional, as the browser target is: a browser that fails is reported and leaves the rest of the run. */
    private Optional<LibraryRun.Renders> renders(Tomcat reel, Tomcat listing) throws Exception {
        URI home = uri(reel, HOME);
        Optional<List<Latency>> times;
        try {
            times = ChromiumRender.time(List.of(home, uri(reel, FOLDER), uri(listing, LISTING)),
                    work.resolve("library-chromium"));
        } catch (IOException | IllegalStateException failed) {
            System.out.println("  Chromium failed, no load times: " + failed);
            return Optional.empty();
        }
        if (times.isEmpty()) {
            System.out.println("  Chromium or chromedriver not installed: no load times");
            return Optional.empty();
        }
        List<Latency> loads = times.get();
        System.out.printf(Locale.ROOT, "  Chromium load event p50: home %.0f ms, big folder %.0f ms, DefaultServlet %.0f ms%n",
                loads.get(0).p50(), loads.get(1).p50(), loads.get(2).p50());
        return Optional.of(new LibraryRun.Renders(Fetched.ok(home).body().length, loads.get(0), loads.get(1), loads.get(2)));
    }

    private static LibraryRun.PageTiming timing(String path, Fetched firstView, Latency warm) {
        return new LibraryRun.PageTiming(path, firstView.body().length, firstView.millis(), warm);
    }

    /** A page of the big folder must hold one page of video cards, or the timing is of something else. */
    private static Fetched videoPage(Fetched page) {
        int cards = page.count("<a class=\"card video\"");
        if (cards != PAGE_VIDEOS) {
            throw new IllegalStateException(page.uri() + " shows " + cards + " videos, not " + PAGE_VIDEOS);
        }
        return page;
    }

    /** DefaultServlet's listing must name every video of the folder. */
    private static Fetched listingPage(Fetched page) {
        int entries = page.count(".mp4</tt>");
        if (entries != LibraryFiles.BIG_FOLDER) {
            throw new IllegalStateException(page.uri() + " lists " + entries + " videos, not " + LibraryFiles.BIG_FOLDER);
        }
        return page;
    }

    /** Tomcat's WARNING for an entry its resource cache had no room for (cache.addFail), in the listing's logs. */
    private static long cacheWarnings(Tomcat listing) throws IOException {
        String line = "to the cache for web application";
        return Files.readAllLines(listing.logs().resolve("console.out"), StandardCharsets.ISO_8859_1).stream()
                .filter(text -> text.contains(line)).count();
    }

    private Path base(String name, Optional<String> heap) {
        return work.resolve(name + heap.map(limit -> "-" + limit).orElse(""));
    }

    private static Tomcat limited(Tomcat tomcat, Optional<String> heap) {
        return heap.map(tomcat::heapLimited).orElse(tomcat);
    }

    private static URI uri(Server server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}

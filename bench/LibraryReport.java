import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** docs/benchmarks.md's "Library" section: how the library was measured, a table per measure, ratios and issue 13's targets. */
final class LibraryReport {

    private static final int PAGE_BYTES_TARGET = 100_000;
    private static final double RENDER_TARGET_MS = 1000;
    private static final double SEARCH_P99_TARGET_MS = 50;
    private static final double INDEX_SECONDS_TARGET = 10;
    private static final long INDEX_HEAP_TARGET_BYTES = 100_000_000;

    private LibraryReport() {
    }

    static void markdown(StringBuilder md, List<LibraryRun> runs) {
        method(md, runs);
        index(md, runs);
        search(md, runs);
        pages(md, runs);
        runs.stream().filter(run -> run.renders().isPresent()).findFirst().ifPresent(run -> renders(md, run));
        ratios(md, runs);
        targets(md, runs);
    }

    private static void method(StringBuilder md, List<LibraryRun> runs) {
        md.append(String.format(Locale.ROOT, "%n## Library%n%nA library of %,d videos: %,d folders of %d under `Trips/` "
                + "and `%s/` of %,d, every video a hard link to a copy of `%s` (%,d bytes), so all have the same size "
                + "and modification time, and a newest-first page is a tie throughout. For each heap setting this build "
                + "of reel and a stock Tomcat whose DefaultServlet lists the same folders started fresh side by side on "
                + "loopback with the same heap, each idle while the other answered. ", LibraryFiles.VIDEOS,
                LibraryFiles.FOLDERS, LibraryFiles.PER_FOLDER, LibraryFiles.BIG, LibraryFiles.BIG_FOLDER,
                LibraryFiles.SAMPLE, sampleBytes()));
        md.append(String.format(Locale.ROOT, "DefaultServlet: the stock `conf/web.xml` with `listings` true, and the "
                + "context's resource cache raised to `cacheMaxSize=\"%d\"` (KB), as `LargeFolderIT` does, so that the "
                + "cache cannot decide the comparison: an entry that does not fit is read again and logged at WARNING on "
                + "every listing, as `LargeFolderIT`'s folder of 10,001 small files did with the default 10 MB (here: %s "
                + "such warnings). ", LibraryWorkload.LISTING_CACHE_KIB,
                join(runs, " and ", run -> String.valueOf(run.listingCacheWarnings()))));
        md.append(String.format(Locale.ROOT, "Index: reel's log line `reel library index ready: …, read in X s` (reel's "
                + "own clock, from the index's start in reel's startup), the time from Tomcat's line deploying reel to "
                + "that one (the deployment included), and from starting Tomcat until the line was seen (polled every "
                + "%d ms). Heap held by the index: used heap after a full collection (`jcmd GC.run`) with the index ready "
                + "and no page viewed, minus the same for this build over the benchmark's one-file folder. The load "
                + "average (1 minute, %d cores) shows what else ran on the machine. ", IndexReady.POLL.toMillis(),
                Runtime.getRuntime().availableProcessors()));
        md.append(String.format(Locale.ROOT, "Pages: the first view is the first request for the page after the index "
                + "was ready (newest first right after the name order, whose folder listing reel then keeps); warm is %d "
                + "rounds to warm up, then %d, one request to each page in turn; sizes are the HTML's bytes, uncompressed "
                + "(KB are 1000 bytes). Search: %d rounds to warm up, then %d of the four queries in turn, and in each "
                + "round reel's stylesheet as a control: what the machine and loopback add to any request.%n",
                WarmPages.WARM_UP_ROUNDS, WarmPages.ROUNDS, SearchTimings.WARM_UP_ROUNDS, SearchTimings.ROUNDS));
    }

    private static void index(StringBuilder md, List<LibraryRun> runs) {
        md.append("\n| heap limit | videos | folders | index read s (reel's log) | deployment → ready s | Tomcat start → "
                + "ready s | heap after GC MiB, one file / library | held by the index MiB | reel's log: OutOfMemoryError, "
                + "SEVERE | load average at start → end |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|---:|---|---|\n");
        for (LibraryRun run : runs) {
            IndexReady index = run.index();
            LibraryRun.Machinery machinery = run.machinery();
            md.append(String.format(Locale.ROOT,
                    "| %s | %d | %d | %.1f | %.2f | %.1f | %.0f / %.0f | %.1f | %d, %d | %.1f → %.1f |%n",
                    run.heapLabel(), index.videos(), index.folders(), index.readSeconds(), index.deployToReadySeconds(),
                    index.startToReadySeconds(), run.oneFileHeapKiB() / 1024.0, run.libraryHeapKiB() / 1024.0,
                    run.indexHeapKiB() / 1024.0, machinery.reelLog().outOfMemoryErrors(), machinery.reelLog().severeLines(),
                    machinery.loadAtStart(), machinery.loadAtEnd()));
        }
    }

    private static void search(StringBuilder md, List<LibraryRun> runs) {
        md.append("\n| heap limit | query | kind | the page says | page KB | p50 ms | p99 ms | max ms |\n");
        md.append("|---|---|---|---|---:|---:|---:|---:|\n");
        for (LibraryRun run : runs) {
            for (SearchTimings.Timed timed : run.search().queries()) {
                md.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %s | %.1f | %.1f | %.1f | %.1f |%n", run.heapLabel(),
                        timed.query().text(), timed.query().kind(), timed.summary(), timed.bytes() / 1000.0,
                        timed.latency().p50(), timed.latency().p99(), timed.latency().max()));
            }
            Latency all = run.search().all();
            md.append(String.format(Locale.ROOT, "| %s | all four | %d requests | | | %.1f | %.1f | %.1f |%n",
                    run.heapLabel(), all.count(), all.p50(), all.p99(), all.max()));
            Latency control = run.search().control();
            md.append(String.format(Locale.ROOT, "| %s | control: `%s` | a small file, in the same rounds | | | %.1f | %.1f "
                    + "| %.1f |%n", run.heapLabel(), SearchTimings.CONTROL, control.p50(), control.p99(), control.max()));
        }
    }

    private static void pages(StringBuilder md, List<LibraryRun> runs) {
        md.append(String.format(Locale.ROOT, "%n| heap limit | the folder of %,d videos | HTML bytes | first view ms "
                + "| warm p50 ms | warm p90 ms |%n|---|---|---:|---:|---:|---:|%n", LibraryFiles.BIG_FOLDER));
        for (LibraryRun run : runs) {
            page(md, run, "reel, first page", run.firstPage());
            page(md, run, "reel, newest first", run.newest());
            page(md, run, "DefaultServlet listing", run.listing());
        }
    }

    private static void page(StringBuilder md, LibraryRun run, String label, LibraryRun.PageTiming page) {
        md.append(String.format(Locale.ROOT, "| %s | %s (`%s`) | %,d | %.0f | %.1f | %.1f |%n", run.heapLabel(), label,
                page.path(), page.bytes(), page.firstViewMs(), page.warm().p50(), page.warm().p90()));
    }

    private static void renders(StringBuilder md, LibraryRun run) {
        LibraryRun.Renders renders = run.renders().get();
        md.append(String.format(Locale.ROOT, "%nHeadless Chromium (%s heap run), navigation start to the end of the "
                + "load event, window %s, from `about:blank` each time, 1 round to warm up then %d:%n%n",
                run.heapLabel(), ChromiumRender.WINDOW, ChromiumRender.ROUNDS));
        md.append("| page | HTML bytes | load event p50 ms | slowest ms |\n|---|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| reel, the library's home (`%s`) | %,d | %.0f | %.0f |%n",
                LibraryWorkload.HOME, renders.homeBytes(), renders.home().p50(), renders.home().max()));
        md.append(String.format(Locale.ROOT, "| reel, the big folder's first page | %,d | %.0f | %.0f |%n",
                run.firstPage().bytes(), renders.folder().p50(), renders.folder().max()));
        md.append(String.format(Locale.ROOT, "| DefaultServlet listing | %,d | %.0f | %.0f |%n",
                run.listing().bytes(), renders.listing().p50(), renders.listing().max()));
    }

    private static void ratios(StringBuilder md, List<LibraryRun> runs) {
        md.append("\n| comparison | " + join(runs, " | ", LibraryRun::heapLabel) + " |\n|---|"
                + "---:|".repeat(runs.size()) + "\n");
        ratio(md, runs, "reel first page / DefaultServlet listing, warm p50", run -> run.firstPage().warm().p50()
                / run.listing().warm().p50());
        ratio(md, runs, "reel newest first / DefaultServlet listing, warm p50", run -> run.newest().warm().p50()
                / run.listing().warm().p50());
        ratio(md, runs, "reel first page / DefaultServlet listing, first view", run -> run.firstPage().firstViewMs()
                / run.listing().firstViewMs());
        ratio(md, runs, "reel first page / DefaultServlet listing, HTML bytes", run -> (double) run.firstPage().bytes()
                / run.listing().bytes());
        ratio(md, runs, "reel newest first / DefaultServlet listing, HTML bytes", run -> (double) run.newest().bytes()
                / run.listing().bytes());
    }

    private static void ratio(StringBuilder md, List<LibraryRun> runs, String label, Function<LibraryRun, Double> ratio) {
        md.append("| ").append(label).append(" | ")
                .append(join(runs, " | ", run -> String.format(Locale.ROOT, "%.2f×", ratio.apply(run))))
                .append(" |\n");
    }

    private static void targets(StringBuilder md, List<LibraryRun> runs) {
        md.append("\nIssue 13's targets, in this run:\n\n| target | " + join(runs, " | ", LibraryRun::heapLabel)
                + " |\n|---|" + "---|".repeat(runs.size()) + "\n");
        target(md, runs, "first page under 100 KB of HTML", run -> verdict(run.firstPage().bytes() < PAGE_BYTES_TARGET,
                "%.1f KB", run.firstPage().bytes() / 1000.0));
        target(md, runs, "first page served faster than DefaultServlet lists the folder (warm p50)", run -> verdict(
                run.firstPage().warm().p50() < run.listing().warm().p50(), "%.1f against %.1f ms",
                run.firstPage().warm().p50(), run.listing().warm().p50()));
        target(md, runs, "Chromium renders it within 1 s of the small home page (load event p50)", run -> run.renders()
                .map(r -> verdict(r.folder().p50() - r.home().p50() < RENDER_TARGET_MS, "%+.0f ms",
                        r.folder().p50() - r.home().p50())).orElse("not measured"));
        target(md, runs, "search p99 under 50 ms once indexed (all four queries)", run -> verdict(
                run.search().all().p99() < SEARCH_P99_TARGET_MS, "%.1f ms", run.search().all().p99()));
        target(md, runs, "index of 100,000 files built in under 10 s (reel's log)", run -> verdict(
                run.index().readSeconds() < INDEX_SECONDS_TARGET, "%.1f s", run.index().readSeconds()));
        target(md, runs, "… in under 100 MB of heap (held by the index)", run -> verdict(
                run.indexHeapKiB() * 1024 < INDEX_HEAP_TARGET_BYTES, "%.1f MB", run.indexHeapKiB() * 1024 / 1e6));
    }

    private static void target(StringBuilder md, List<LibraryRun> runs, String label, Function<LibraryRun, String> cell) {
        md.append("| ").append(label).append(" | ").append(join(runs, " | ", cell)).append(" |\n");
    }

    private static String verdict(boolean met, String format, Object... values) {
        return String.format(Locale.ROOT, format, values) + (met ? ": met" : ": **not met**");
    }

    private static String join(List<LibraryRun> runs, String between, Function<LibraryRun, String> text) {
        return String.join(between, runs.stream().map(text).toList());
    }

    private static long sampleBytes() {
        try {
            return Files.size(LibraryFiles.SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

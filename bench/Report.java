import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** docs/benchmarks.md from the results: the machine, then a table per workload, then the ratios between servers. */
final class Report {

    private Report() {
    }

    /** {@code baselineName} is the earlier build's name, as --baseline-name gave it, for its ratio row. */
    static String markdown(List<Result> results, List<LibraryRun> library, double pageCache, Path catalinaHome,
            String baselineName) {
        StringBuilder md = new StringBuilder();
        machine(md, catalinaHome);
        // A run of the library workload alone (ONLY=library) has no streaming servers, and no tables for them.
        if (!results.isEmpty()) {
            throughput(md, results, pageCache);
            slowViewers(md, results);
        }
        if (results.stream().anyMatch(r -> r.stalled().isPresent())) {
            stalledClients(md, results);
        }
        if (results.stream().anyMatch(r -> r.throughput().isPresent())) {
            ratios(md, results, baselineName);
        }
        if (!library.isEmpty()) {
            LibraryReport.markdown(md, library);
        }
        return md.toString();
    }

    private static void machine(StringBuilder md, Path catalinaHome) {
        md.append("# Benchmarks\n\n");
        md.append("Measured by `bench/run.sh` on ").append(LocalDate.now()).append(": ").append(Machine.describe(catalinaHome))
                .append(", ").append(catalinaHome.getFileName())
                .append(". Every server ran alone on loopback, started fresh for its workloads, serving the same ")
                .append("1 GiB file from the page cache; Tomcat with its stock `conf/`, the JVM's default heap ")
                .append("unless a heap limit is given. MB/s are 10^6 bytes per second.\n\n");
    }

    private static void throughput(StringBuilder md, List<Result> results, double pageCache) {
        double bestLoopback = results.stream().flatMap(r -> r.throughput().stream())
                .mapToDouble(Throughput::singleMBps).max().orElse(0);
        md.append("## Throughput and CPU\n\n");
        md.append("| server | 1 client MB/s | 4 clients MB/s | 256 KiB ranges req/s | ranges p99 ms | CPU s per GiB |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            r.throughput().ifPresent(t -> md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.1f | %.2f |%n",
                    r.server(), t.singleMBps(), t.fourMBps(), t.rangeRps(), t.rangeP99ms(), t.cpuSecondsPerGiB())));
        }
        md.append(String.format(Locale.ROOT, "%nCeiling: the file reads from the page cache in 8 KB positional reads "
                + "(what reel does) at %.0f MB/s, so one read holds a container thread for about %.1f µs; the best "
                + "single-client loopback figure above is %.0f MB/s.%n", pageCache, 8192 / pageCache, bestLoopback));
        results.stream().filter(r -> r.cache().isPresent()).forEach(r -> cached(md, r));
    }

    /** How the server behind the cache was run and what its cache counted, so that its row can be read. */
    private static void cached(StringBuilder md, Result r) {
        CacheTally tally = r.cache().get();
        md.append(String.format(Locale.ROOT, "%n**%s**: the build and Tomcat of the \"reel, 8 KB loop\" row, one "
                + "node, behind nginx %s running `deploy/nginx/reel.conf` with only its node line, `listen`, cache "
                + "folder and log folder changed (as `ScaleOutIT` runs it), inside an nginx.conf with the nginx row's "
                + "worker settings; nginx sends the bytes from its cache files through its own buffers, since the file "
                + "turns sendfile off for video. Before anything was measured, one full read of the file through nginx "
                + "stored every 1 MB slice (each 256 KiB range lies within one), and %d sampled ranges came back `206` "
                + "with `X-Cache-Status: HIT`. During its workloads nginx answered %d requests, %d of them HIT (%.1f%%; "
                + "its access log gives a response's first slice), and the node answered %d video requests, %d bytes "
                + "(reel's metrics). CPU s per GiB counts nginx's processes and Tomcat's together; so do threads, RSS "
                + "and descriptors among the slow viewers, where heap is Tomcat's.%n", r.server(), Nginx.version(),
                CachedReel.SAMPLED_RANGES + 2, tally.requests(), tally.hits(), tally.hitPercent(),
                tally.nodeRequests(), tally.nodeBytes()));
    }

    private static void slowViewers(StringBuilder md, List<Result> results) {
        md.append("\n## Slow viewers\n\nN connections at once, each reading about 64 KB/s from its own offset for ")
                .append(SlowViewers.SLOW_FOR.toSeconds()).append(" s after the last one opened (100 opened every 100 ms). ")
                .append("Served means a 2xx answer; first byte and TTFB are of the served, and a viewer without ")
                .append("any answer counts as never in the percentiles. Errors are the lines in the server's logs ")
                .append("during the workload; heap is the JVM's used heap (jstat), peaks sampled every 250 ms; ")
                .append("descriptors are counted before and after (waiting up to a minute for them to return), ")
                .append("then one 1 MiB range is checked byte for byte.\n\n");
        md.append("| server | heap limit | viewers | served | 503 | no answer | first byte within 1 s | TTFB p50 ms "
                + "| TTFB p99 ms | OutOfMemoryError | SEVERE | peak heap MiB | peak RSS MiB | peak threads "
                + "| descriptors before → after | next range |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Result r : results) {
            for (SlowViewers.Outcome o : r.slow()) {
                Aftermath a = o.aftermath();
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %s | %s | %d | %d | %s | %d | %d | %d → %d | %s |%n",
                        r.server(), r.heapLimit().orElse("default"), o.viewers(), o.served(), o.refused(),
                        o.unanswered(), o.firstByteWithin1s(), ms(o.ttfbP50ms()), ms(o.ttfbP99ms()),
                        a.outOfMemoryErrors(), a.severeLines(), heap(o.peakHeapMiB()), o.peakRssMiB(),
                        o.peakThreads(), a.descriptorsBefore(), a.descriptorsAfter(), a.nextRange().label));
            }
        }
    }

    private static void stalledClients(StringBuilder md, List<Result> results) {
        md.append("\n## Clients that stop reading\n\nN connections opened 200 per 100 ms, each asking for the ")
                .append("whole file (`Range: bytes=0-`), reading 1 KB and then nothing, held ")
                .append(StalledClients.HOLD.toSeconds()).append(" s; meanwhile the health check (reel only) and ")
                .append("a 64 KiB range request are timed every 500 ms (5 s without an answer counts as 5000 ms). ")
                .append("Then every client goes; heap is used heap after a full collection (jcmd GC.run).\n\n");
        md.append("| server | heap limit | clients | served | 503 | worst health ms | worst range ms | probes over 1 s "
                + "| OutOfMemoryError | SEVERE | heap MiB before / peak / after | descriptors before / peak / after "
                + "| next range |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|\n");
        for (Result r : results) {
            r.stalled().ifPresent(o -> {
                Aftermath a = o.aftermath();
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %.0f | %d | %d | %d | %s / %s / %s | %d / %d / %d | %s |%n",
                        r.server(), r.heapLimit().orElse("default"), o.clients(), o.served(), o.refused(),
                        r.server().startsWith("reel") ? String.format(Locale.ROOT, "%.0f", o.worstHealthMs()) : "n/a",
                        o.worstRangeMs(), o.slowProbes(), a.outOfMemoryErrors(), a.severeLines(),
                        heap(o.heapBeforeMiB()), heap(o.peakHeapMiB()), heap(o.heapAfterMiB()),
                        a.descriptorsBefore(), o.peakDescriptors(), a.descriptorsAfter(), a.nextRange().label));
            });
        }
    }

    private static void ratios(StringBuilder md, List<Result> results, String baselineName) {
        Result reel = find(results, "reel, 8 KB loop");
        Result before = find(results, baselineName + ", 8 KB loop");
        Result defaultLoop = find(results, "DefaultServlet, sendfile off");
        Result reelSendfile = find(results, "reel, sendfile on");
        Result defaultSendfile = find(results, "DefaultServlet, sendfile on");
        md.append("\n## Ratios\n\n| comparison | 1 client | 4 clients | ranges req/s | CPU per GiB |\n|---|---:|---:|---:|---:|\n");
        ratio(md, "reel loop / DefaultServlet sendfile off", reel, defaultLoop);
        ratio(md, "reel sendfile / DefaultServlet sendfile on", reelSendfile, defaultSendfile);
        ratio(md, "reel loop / " + baselineName + " loop", reel, before);
        Result nginx = results.stream().filter(r -> r.server().startsWith("nginx")).findFirst().orElse(null);
        ratio(md, "reel loop / nginx", reel, nginx);
        ratio(md, "reel sendfile / nginx", reelSendfile, nginx);
        Result cached = find(results, CachedReel.NAME);
        ratio(md, "reel behind nginx, warm / reel loop", cached, reel);
        ratio(md, "reel behind nginx, warm / nginx", cached, nginx);
    }

    private static String ms(double value) {
        return Double.isInfinite(value) ? "never" : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String heap(long mib) {
        return mib < 0 ? "n/a" : String.valueOf(mib);
    }

    private static void ratio(StringBuilder md, String label, Result a, Result b) {
        if (a == null || b == null || a.throughput().isEmpty() || b.throughput().isEmpty()) {
            return;
        }
        Throughput x = a.throughput().get();
        Throughput y = b.throughput().get();
        md.append(String.format(Locale.ROOT, "| %s | %.2f× | %.2f× | %.2f× | %.2f× |%n", label,
                x.singleMBps() / y.singleMBps(), x.fourMBps() / y.fourMBps(), x.rangeRps() / y.rangeRps(),
                x.cpuSecondsPerGiB() / y.cpuSecondsPerGiB()));
    }

    /** The result of the server with this name and the JVM's default heap. */
    private static Result find(List<Result> results, String name) {
        return results.stream().filter(r -> r.server().equals(name) && r.heapLimit().isEmpty()).findFirst()
                .orElse(null);
    }
}

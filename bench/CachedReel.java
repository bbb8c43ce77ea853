import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * reel as in the "reel, 8 KB loop" row, one node, behind nginx running deploy/nginx/reel.conf (a cache of
 * 1 MB slices): the tier docs/SCALING.md describes, with its cache warmed before anything is measured, so
 * that the workloads measure nginx answering from its cache. nginx's processes and Tomcat's are measured
 * together; the heap is Tomcat's. nginx's configuration, cache and logs live in one folder under the
 * benchmark's work folder, and nginx is stopped by the process it was started as.
 */
final class CachedReel implements Server {
    static final String NAME = "reel behind nginx slice cache, warm";
    /** Random 256 KiB ranges, besides the first and the last, that must each be a HIT after the warming read. */
    static final int SAMPLED_RANGES = 64;

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Tomcat node;
    private final Path folder;
    private final Path big;
    private int port;
    private Process nginx;

    CachedReel(Tomcat node, Path folder, Path big) {
        this.node = node;
        this.folder = folder;
        this.big = big;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String bigPath() {
        return node.bigPath();
    }

    /** Tomcat's JVM, which jstat and jcmd read. */
    @Override
    public long pid() {
        return node.pid();
    }

    @Override
    public List<Long> processes() {
        return List.of(node.pid(), nginx.pid());
    }

    /** Tomcat's logs, where an OutOfMemoryError or a SEVERE line would be; nginx's are beside its cache. */
    @Override
    public Path logs() {
        return node.logs();
    }

    // No health path: the configuration refuses /reel/health (403), as it should for viewers.

    @Override
    public void start() throws Exception {
        node.start();
        try {
            port = ServerProcesses.freePort();
            ServerProcesses.deleteTree(folder);
            Files.createDirectories(folder.resolve("logs"));
            Files.createDirectories(folder.resolve("temp"));
            Path site = folder.resolve("reel.conf");
            Files.writeString(site, ReelConf.site(Files.readString(ReelConf.SITE), node.port(), port, folder));
            Path main = folder.resolve("nginx.conf");
            Files.writeString(main, ReelConf.main(folder, site, isRoot()));
            nginx = new ProcessBuilder("nginx", "-p", folder + "/", "-c", main.toString(), "-g", "daemon off;")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("logs/console.out").toFile()).start();
            ServerProcesses.awaitHttp(port, bigPath(), nginx);
            warm();
        } catch (Exception | Error e) {
            try {
                stop();
            } catch (Exception alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
    }

    @Override
    public void stop() throws Exception {
        try {
            ServerProcesses.stop(nginx);
        } finally {
            node.stop();
        }
    }

    @Override
    public Optional<CacheTally> cacheTally() throws IOException, InterruptedException {
        List<String> log = Files.readAllLines(folder.resolve("logs/reel-access.log"), StandardCharsets.ISO_8859_1);
        long hits = log.stream().filter(line -> line.contains(" cache=HIT ")).count();
        String metrics = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port()
                + "/reel/metrics")).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Optional.of(new CacheTally(log.size(), hits, sum(metrics, "reel_requests_total{"),
                sum(metrics, "reel_bytes_served_total ")));
    }

    /**
     * One read of the whole file stores every 1 MB slice; the workloads' ranges are 256 KiB at multiples of
     * 256 KiB, so each lies within one slice. A sample of them must then come back HIT, or nothing is measured.
     */
    private void warm() throws Exception {
        ThroughputWorkload.download("http://127.0.0.1:" + port + bigPath(), 1);
        long size = Files.size(big);
        long range = ThroughputWorkload.RANGE;
        List<Long> firsts = new ArrayList<>(List.of(0L, (size / range - 1) * range));
        Random random = new Random(42);
        for (int i = 0; i < SAMPLED_RANGES; i++) {
            firsts.add(random.nextLong(size / range) * range);
        }
        List<String> notHits = new ArrayList<>();
        for (long first : firsts) {
            String verdict = cacheStatus("bytes=" + first + "-" + (first + range - 1));
            if (!verdict.equals("206 HIT")) {
                notHits.add(first + ": " + verdict);
            }
        }
        if (!notHits.isEmpty()) {
            throw new IllegalStateException("the cache is not warm after a full read; not 206 HIT at " + notHits);
        }
        System.out.println("  cache warm: " + firsts.size() + " of " + firsts.size() + " sampled ranges 206 HIT");
    }

    /** The status and the X-Cache-Status header of a range request through nginx. */
    private String cacheStatus(String range) throws IOException, InterruptedException {
        HttpResponse<Void> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + bigPath())).header("Range", range).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        return response.statusCode() + " " + response.headers().firstValue("X-Cache-Status").orElse("(none)");
    }

    /** The sum of the samples on the lines of Prometheus text that start with {@code prefix}. */
    private static long sum(String metrics, String prefix) {
        return metrics.lines().filter(line -> line.startsWith(prefix))
                .mapToLong(line -> Long.parseLong(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** Whether the benchmark runs as root: the kernel makes it the owner of /proc/self. */
    private static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }
}

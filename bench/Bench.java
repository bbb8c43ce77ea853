import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reel's benchmark: reel in a stock Tomcat 11 beside Tomcat's DefaultServlet (sendfile off and on)
 * and nginx, on the same files over loopback, in one run, so that the ratios compare like with like.
 * Started by bench/run.sh, which builds what it needs; writes docs/benchmarks.md.
 *
 * <p>Every server is started fresh for its workloads and stopped after them, so thread and memory
 * figures belong to that configuration alone. Every load is bounded in count and time.
 */
public final class Bench {

    static final long GIB = 1L << 30;
    static final long RANGE = 256 * 1024;
    static final int SLOW_RATE = 64 * 1024;
    static final Duration SLOW_FOR = Duration.ofSeconds(20);
    static final String HEAP_LIMIT = "512m";
    /** The name of the earlier build measured beside reel, from --baseline-name (bench/run.sh: "reel at <revision>"). */
    static String BASELINE = "reel before";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path work = Path.of(options.get("work")).toAbsolutePath();
        Path catalinaHome = Path.of(options.get("catalina-home")).toAbsolutePath();
        Path war = Path.of(options.get("war")).toAbsolutePath();
        Path media = work.resolve("media");
        Path big = media.resolve("big.mp4");
        int[] viewerCounts = Arrays.stream(options.getOrDefault("viewers", "1000,5000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int stalledCount = Integer.parseInt(options.getOrDefault("stalled", "2000"));

        List<Server> servers = new ArrayList<>();
        servers.add(Tomcat.reel("reel, 8 KB loop", work.resolve("reel-loop"), catalinaHome, war, media, false));
        // --baseline-war=...: the same workloads for an earlier build of reel, side by side in this run.
        Optional<Path> baseline = Optional.ofNullable(options.get("baseline-war")).map(Path::of);
        BASELINE = options.getOrDefault("baseline-name", BASELINE);
        if (baseline.isPresent()) {
            servers.add(Tomcat.reel(BASELINE + ", 8 KB loop", work.resolve("reel-before"), catalinaHome,
                    baseline.get().toAbsolutePath(), media, false));
        }
        servers.add(Tomcat.defaultServlet("DefaultServlet, sendfile off", work.resolve("default-loop"), catalinaHome,
                media, false));
        servers.add(Tomcat.reel("reel, sendfile on", work.resolve("reel-sendfile"), catalinaHome, war, media, true));
        servers.add(Tomcat.defaultServlet("DefaultServlet, sendfile on", work.resolve("default-sendfile"),
                catalinaHome, media, true));
        if (Tools.has("nginx")) {
            servers.add(new Nginx(work.resolve("nginx"), media));
        }
        // As ops teams run a shared Tomcat: with a heap limit. Only the audience workloads, where memory counts.
        servers.add(Tomcat.reel("reel, 8 KB loop", work.resolve("reel-loop-512m"), catalinaHome, war, media, false)
                .heapLimited(HEAP_LIMIT));
        if (baseline.isPresent()) {
            servers.add(Tomcat.reel(BASELINE + ", 8 KB loop", work.resolve("reel-before-512m"), catalinaHome,
                    baseline.get().toAbsolutePath(), media, false).heapLimited(HEAP_LIMIT));
        }
        // The kernel grows a loopback socket's send buffer to 4 MB, and the loop copies that much into every
        // stream before its client pushes back; a fixed 64 KB buffer is how an operator bounds that.
        Tomcat tuned = Tomcat.reel("reel, 8 KB loop, socket.txBufSize=65536", work.resolve("reel-loop-tuned-512m"),
                catalinaHome, war, media, false).heapLimited(HEAP_LIMIT);
        tuned.connectorAttributes = " socket.txBufSize=\"65536\"";
        servers.add(tuned);
        servers.add(Tomcat.reel("reel, sendfile on", work.resolve("reel-sendfile-512m"), catalinaHome, war, media, true)
                .heapLimited(HEAP_LIMIT));
        servers.add(Tomcat.defaultServlet("DefaultServlet, sendfile off", work.resolve("default-loop-512m"),
                catalinaHome, media, false).heapLimited(HEAP_LIMIT));
        servers.add(Tomcat.defaultServlet("DefaultServlet, sendfile on", work.resolve("default-sendfile-512m"),
                catalinaHome, media, true).heapLimited(HEAP_LIMIT));

        // --only=reel runs the servers whose names start with it: for trying a change, not for the report.
        String only = options.getOrDefault("only", "");
        servers.removeIf(server -> !server.label().startsWith(only));
        double pageCache = Tools.pageCacheMBps(big);
        List<Result> results = new ArrayList<>();
        for (Server server : servers) {
            System.out.println("== " + server.label());
            server.start();
            try {
                results.add(Workloads.run(server, big, viewerCounts, stalledCount));
            } finally {
                server.stop();
            }
        }
        Path report = Path.of(options.get("report")).toAbsolutePath();
        Files.createDirectories(report.getParent());
        Files.writeString(report, Report.markdown(results, pageCache, catalinaHome));
        System.out.println("wrote " + report);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair[1]);
        }
        for (String required : List.of("work", "catalina-home", "war", "report")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required + "=...");
            }
        }
        return options;
    }

    /** One server configuration under test: where it listens, the URL path of the big file, its process. */
    interface Server {
        String name();

        void start() throws Exception;

        void stop() throws Exception;

        int port();

        String bigPath();

        /** The process whose CPU, threads and memory are measured. */
        long pid();

        /** The JVM's -Xmx, or empty when it runs with the JVM's default. */
        default Optional<String> heapLimit() {
            return Optional.empty();
        }

        /** The name with its heap limit, as --only matches it and the progress lines show it. */
        default String label() {
            return name() + heapLimit().map(limit -> ", -Xmx" + limit).orElse("");
        }

        /** Only the audience workloads (slow viewers, stalled clients), where a heap limit matters. */
        default boolean audienceOnly() {
            return heapLimit().isPresent();
        }

        /** Where the server writes its logs, to count OutOfMemoryError and SEVERE lines. */
        Path logs();

        /** A health check to probe while clients hang on, when the server has one. */
        default Optional<String> healthPath() {
            return Optional.empty();
        }

        /** Whether the server is a JVM that jstat and jcmd can read. */
        default boolean isJvm() {
            return true;
        }
    }

    /** A stock Tomcat 11 from the distribution, with its own CATALINA_BASE and the stock conf/. */
    static final class Tomcat implements Server {
        private final String name;
        private final Path base;
        private final Path home;
        private final String bigPath;
        private final boolean sendfile;
        private int port;
        private Process process;
        /** More attributes for the stock HTTP connector, such as socket tuning. */
        String connectorAttributes = "";
        private Optional<String> heapLimit = Optional.empty();

        Tomcat heapLimited(String limit) {
            heapLimit = Optional.of(limit);
            return this;
        }

        @Override
        public Optional<String> heapLimit() {
            return heapLimit;
        }

        @Override
        public Path logs() {
            return base.resolve("logs");
        }

        @Override
        public Optional<String> healthPath() {
            return bigPath.startsWith("/reel/") ? Optional.of("/reel/health") : Optional.empty();
        }

        private Tomcat(String name, Path base, Path home, String bigPath, boolean sendfile) {
            this.name = name;
            this.base = base;
            this.home = home;
            this.bigPath = bigPath;
            this.sendfile = sendfile;
        }

        static Tomcat reel(String name, Path base, Path home, Path war, Path media, boolean sendfile)
                throws IOException {
            Tomcat tomcat = new Tomcat(name, base, home, "/reel/video/big.mp4", sendfile);
            tomcat.prepare();
            Files.copy(war, base.resolve("webapps/reel.war"), StandardCopyOption.REPLACE_EXISTING);
            tomcat.context("reel", "<Context>\n  <Parameter name=\"reel.media.dir\" value=\"" + media
                    + "\" override=\"false\"/>\n  <Parameter name=\"reel.sendfile\" value=\"" + sendfile
                    + "\" override=\"false\"/>\n</Context>\n");
            return tomcat;
        }

        /** The media folder as a plain context: Tomcat's DefaultServlet from the stock conf/web.xml serves it. */
        static Tomcat defaultServlet(String name, Path base, Path home, Path media, boolean sendfile)
                throws IOException {
            Tomcat tomcat = new Tomcat(name, base, home, "/files/big.mp4", sendfile);
            tomcat.prepare();
            tomcat.context("files", "<Context docBase=\"" + media + "\"/>\n");
            return tomcat;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public String bigPath() {
            return bigPath;
        }

        @Override
        public long pid() {
            return process.pid();
        }

        private void prepare() throws IOException {
            Tools.deleteTree(base);
            for (String dir : List.of("logs", "temp", "webapps", "work", "conf/Catalina/localhost")) {
                Files.createDirectories(base.resolve(dir));
            }
            try (var files = Files.list(home.resolve("conf"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, base.resolve("conf").resolve(file.getFileName()));
                }
            }
        }

        private void context(String path, String xml) throws IOException {
            Files.writeString(base.resolve("conf/Catalina/localhost/" + path + ".xml"), xml);
        }

        @Override
        public void start() throws Exception {
            port = Tools.freePort();
            // The stock server.xml, changed only where it must be: loopback, a free port, no shutdown
            // port, and the connector's sendfile switch (on by default in Tomcat).
            String serverXml = Files.readString(home.resolve("conf/server.xml"))
                    .replace("port=\"8005\"", "port=\"-1\"")
                    .replace("<Connector port=\"8080\"", "<Connector port=\"" + port + "\" address=\"127.0.0.1\""
                            + " useSendfile=\"" + sendfile + "\"" + connectorAttributes);
            if (!serverXml.contains("useSendfile")) {
                throw new IllegalStateException("the stock server.xml has no <Connector port=\"8080\"");
            }
            Files.writeString(base.resolve("conf/server.xml"), serverXml);
            ProcessBuilder builder = new ProcessBuilder("sh", home.resolve("bin/catalina.sh").toString(), "run")
                    .redirectErrorStream(true).redirectOutput(base.resolve("logs/console.out").toFile());
            builder.environment().put("CATALINA_HOME", home.toString());
            builder.environment().put("CATALINA_BASE", base.toString());
            builder.environment().put("CATALINA_PID", base.resolve("tomcat.pid").toString());
            builder.environment().put("CATALINA_OPTS", heapLimit.map(limit -> "-Xmx" + limit).orElse("") + " "
                    + System.getenv().getOrDefault("BENCH_CATALINA_OPTS", ""));
            process = builder.start();
            Tools.awaitHttp(port, bigPath, process);
        }

        @Override
        public void stop() throws Exception {
            Tools.stop(process);
        }
    }

    /** nginx with sendfile, as a static file server is usually run; worker processes measured with the master. */
    static final class Nginx implements Server {
        private final Path base;
        private final Path media;
        private int port;
        private Process process;

        Nginx(Path base, Path media) {
            this.base = base;
            this.media = media;
        }

        @Override
        public String name() {
            return "nginx " + Tools.nginxVersion() + ", sendfile on";
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public String bigPath() {
            return "/big.mp4";
        }

        @Override
        public Path logs() {
            return base.resolve("logs");
        }

        @Override
        public boolean isJvm() {
            return false;
        }

        @Override
        public long pid() {
            return process.pid();
        }

        @Override
        public void start() throws Exception {
            port = Tools.freePort();
            Tools.deleteTree(base);
            Files.createDirectories(base.resolve("logs"));
            String conf = """
                    daemon off;
                    master_process on;
                    worker_processes auto;
                    worker_rlimit_nofile 20000;
                    pid %1$s/nginx.pid;
                    error_log %1$s/logs/error.log;
                    events { worker_connections 12000; }
                    http {
                      include /etc/nginx/mime.types;
                      access_log %1$s/logs/access.log;
                      client_body_temp_path %1$s/tmp;
                      proxy_temp_path %1$s/tmp;
                      fastcgi_temp_path %1$s/tmp;
                      uwsgi_temp_path %1$s/tmp;
                      scgi_temp_path %1$s/tmp;
                      sendfile on;
                      tcp_nopush on;
                      server {
                        listen 127.0.0.1:%2$d;
                        root %3$s;
                      }
                    }
                    """.formatted(base, port, media);
            Files.createDirectories(base.resolve("tmp"));
            Files.writeString(base.resolve("nginx.conf"), conf);
            process = new ProcessBuilder("nginx", "-p", base.toString(), "-c", base.resolve("nginx.conf").toString())
                    .redirectErrorStream(true).redirectOutput(base.resolve("logs/console.out").toFile()).start();
            Tools.awaitHttp(port, bigPath(), process);
        }

        @Override
        public void stop() throws Exception {
            Tools.stop(process);
        }
    }

    /** The figures of one server. */
    record Result(String server, Optional<String> heapLimit, Optional<Throughput> throughput,
            List<SlowViewers.Outcome> slow, Optional<StalledClients.Outcome> stalled) {
    }

    record Throughput(double singleMBps, double fourMBps, double rangeRps, double rangeP99ms, double cpuSecondsPerGiB) {
    }

    static final class Workloads {
        static Result run(Server server, Path big, int[] viewerCounts, int stalledCount) throws Exception {
            String url = "http://127.0.0.1:" + server.port() + server.bigPath();
            Tools.download(url, 1); // warm-up: JIT, connection pools, page cache
            Optional<Throughput> throughput = Optional.empty();
            if (!server.audienceOnly()) {
                throughput = Optional.of(throughput(server, url, big));
            }
            List<SlowViewers.Outcome> slow = new ArrayList<>();
            int[] counts = server.audienceOnly() ? new int[] {Arrays.stream(viewerCounts).max().orElse(0)} : viewerCounts;
            for (int viewers : counts) {
                SlowViewers.Outcome outcome = SlowViewers.run(server, viewers, big);
                System.out.println("  " + outcome);
                slow.add(outcome);
            }
            Optional<StalledClients.Outcome> stalled = Optional.empty();
            if (server.audienceOnly() && stalledCount > 0) {
                stalled = Optional.of(StalledClients.run(server, stalledCount, big));
                System.out.println("  " + stalled.get());
            }
            return new Result(server.name(), server.heapLimit(), throughput, slow, stalled);
        }

        private static Throughput throughput(Server server, String url, Path big) throws Exception {
            long cpuBefore = Tools.cpuTicks(server.pid());
            double single = 0;
            for (int i = 0; i < 3; i++) {
                single = Math.max(single, Tools.download(url, 1));
            }
            double four = Tools.download(url, 4);
            long cpuTicks = Tools.cpuTicks(server.pid()) - cpuBefore;
            // 3 single downloads and 4 parallel ones: 7 GiB.
            double cpuPerGiB = cpuTicks / (double) Tools.CLOCK_TICKS / 7.0;
            System.out.printf(Locale.ROOT, "  1 client %.0f MB/s, 4 clients %.0f MB/s, %.2f CPU s/GiB%n", single, four,
                    cpuPerGiB);
            // The best of three, as for downloads: ten seconds once varied by a third from run to run.
            double[] ranges = Tools.wrkRanges(url, Files.size(big));
            for (int i = 0; i < 2; i++) {
                double[] again = Tools.wrkRanges(url, Files.size(big));
                ranges = again[0] > ranges[0] ? again : ranges;
            }
            System.out.printf(Locale.ROOT, "  ranges %.0f req/s, p99 %.1f ms%n", ranges[0], ranges[1]);
            return new Throughput(single, four, ranges[0], ranges[1], cpuPerGiB);
        }
    }

    /** What a workload did to the server: errors in its logs, descriptors, and whether it still serves right. */
    record Aftermath(long outOfMemoryErrors, long severeLines, long descriptorsBefore, long descriptorsAfter,
            RangeCheck nextRange) {

        @Override
        public String toString() {
            return outOfMemoryErrors + " OutOfMemoryError, " + severeLines + " SEVERE, descriptors " + descriptorsBefore
                    + " -> " + descriptorsAfter + ", next range " + nextRange.label;
        }

        /** Waits (at most a minute) for the descriptors to come back, then asks for one range and checks its bytes. */
        static Aftermath after(Server server, Path big, LogCounts before, long descriptorsBefore) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            long descriptors = Tools.descriptors(server.pid());
            while (descriptors > descriptorsBefore + 20 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                descriptors = Tools.descriptors(server.pid());
            }
            RangeCheck exact = Tools.checkRange(server, big, 123_456_789L, 1 << 20);
            LogCounts after = LogCounts.of(server.logs());
            return new Aftermath(after.outOfMemoryErrors() - before.outOfMemoryErrors(),
                    after.severeLines() - before.severeLines(), descriptorsBefore, descriptors, exact);
        }
    }

    /** What one range request after a workload got. */
    enum RangeCheck {
        EXACT("exact"), WRONG("**wrong bytes**"), NO_ANSWER("**no answer in 10 s**");

        final String label;

        RangeCheck(String label) {
            this.label = label;
        }
    }

    /** Lines in a server's logs that say it ran out of memory or failed. */
    record LogCounts(long outOfMemoryErrors, long severeLines) {
        static LogCounts of(Path logs) throws IOException {
            long oom = 0;
            long severe = 0;
            try (var files = Files.list(logs)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
                        if (line.contains("OutOfMemoryError")) {
                            oom++;
                        }
                        if (line.contains(" SEVERE ")) {
                            severe++;
                        }
                    }
                }
            }
            return new LogCounts(oom, severe);
        }
    }

    /** The JVM's used heap from jstat, sampled in the background for its peak; nothing for a server that is not a JVM. */
    static final class HeapSampler implements AutoCloseable {
        private final Process jstat;
        private final Thread reader;
        private volatile long peakKiB;

        private HeapSampler(Server server) throws IOException {
            if (!server.isJvm()) {
                jstat = null;
                reader = null;
                return;
            }
            jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(server.pid()), "250").redirectErrorStream(true)
                    .start();
            reader = new Thread(() -> {
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(jstat.getInputStream()))) {
                    String header = null;
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (line.trim().startsWith("S0C")) {
                            header = line;
                        } else if (header != null) {
                            peakKiB = Math.max(peakKiB, usedKiB(header, line));
                        }
                    }
                } catch (IOException | RuntimeException ended) {
                    // jstat stopped with the server or was closed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static HeapSampler start(Server server) throws IOException {
            return new HeapSampler(server);
        }

        long peakMiB() {
            return peakKiB / 1024;
        }

        /** S0U + S1U + EU + OU of one jstat -gc line, in KiB. */
        static long usedKiB(String header, String line) {
            List<String> names = Arrays.asList(header.trim().split("\\s+"));
            String[] values = line.trim().split("\\s+");
            double used = 0;
            for (String name : List.of("S0U", "S1U", "EU", "OU")) {
                used += Double.parseDouble(values[names.indexOf(name)]);
            }
            return (long) used;
        }

        /** Used heap right after a full collection that jcmd asks for; -1 for a server that is not a JVM. */
        static long afterCollectionMiB(Server server) {
            if (!server.isJvm()) {
                return -1;
            }
            try {
                Tools.run(List.of("jcmd", String.valueOf(server.pid()), "GC.run"));
                String[] lines = Tools.run(List.of("jstat", "-gc", String.valueOf(server.pid()))).trim().split("\n");
                return usedKiB(lines[0], lines[lines.length - 1]) / 1024;
            } catch (RuntimeException unreadable) {
                // A JVM that no longer answers jcmd or jstat: its heap is unknown.
                return -1;
            }
        }

        @Override
        public void close() throws InterruptedException {
            if (jstat != null) {
                jstat.destroy();
                reader.join(5000);
            }
        }
    }

    /**
     * N viewers at once, each reading about 64 KB/s of a different part of the big file for 20 s, on one
     * selector thread: how many are served, refused (503) or left without an answer, how soon the served
     * get their first byte, and what the server holds meanwhile and afterwards.
     */
    static final class SlowViewers {

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

        private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
        private static final int PER_TICK = SLOW_RATE / 10;
        private static final int OPEN_PER_TICK = 100;
        /** Connections in a row that could not be opened, after which a workload stops opening more. */
        static final int GIVE_UP_AFTER = 10;

        static final class Viewer {
            final SocketChannel channel;
            final long started = System.nanoTime();
            long firstByte = -1;
            long allowance = PER_TICK;
            final StatusLine status = new StatusLine();

            Viewer(SocketChannel channel) {
                this.channel = channel;
            }
        }

        static Outcome run(Server server, int count, Path big) throws Exception {
            long fileSize = Files.size(big);
            LogCounts logsBefore = LogCounts.of(server.logs());
            long descriptorsBefore = Tools.descriptors(server.pid());
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
                                long offset = (random.nextLong(fileSize - RANGE) / 4096) * 4096;
                                Optional<Viewer> viewer = open(server, selector, "bytes=" + offset + "-");
                                viewer.ifPresent(viewers::add);
                                refusedInARow = viewer.isPresent() ? 0 : refusedInARow + 1;
                                if (refusedInARow == GIVE_UP_AFTER) {
                                    // The server stopped accepting: the rest would each wait out a connect timeout.
                                    System.out.println("  gave up opening after " + GIVE_UP_AFTER + " connections in a row failed");
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
                            peakThreads = Math.max(peakThreads, Tools.threads(server.pid()));
                            peakRss = Math.max(peakRss, Tools.rssKiB(server.pid()));
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

        /** A connected viewer that asked for {@code range}; empty if the server did not accept within 2 s. */
        static Optional<Viewer> open(Server server, Selector selector, String range) throws IOException {
            SocketChannel channel = SocketChannel.open();
            try {
                // A small window, so that reading slowly really slows the server down.
                channel.setOption(StandardSocketOptions.SO_RCVBUF, 64 * 1024);
                channel.socket().connect(new InetSocketAddress("127.0.0.1", server.port()), 2000);
                channel.write(ByteBuffer.wrap(("GET " + server.bigPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: "
                        + range + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
                channel.configureBlocking(false);
                Viewer viewer = new Viewer(channel);
                channel.register(selector, SelectionKey.OP_READ, viewer);
                return Optional.of(viewer);
            } catch (IOException refused) {
                channel.close();
                return Optional.empty();
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
                long t0 = viewers.get(0).started;
                Map<Long, List<Double>> bySecond = new java.util.TreeMap<>();
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

        static double percentile(double[] sorted, int p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }

    /** The status code from the first bytes of a response, fed as they arrive; 0 until the status line is in. */
    static final class StatusLine {
        private final StringBuilder head = new StringBuilder();
        private int code;

        void feed(ByteBuffer bytes) {
            while (code == 0 && bytes.hasRemaining() && head.length() < 64) {
                char c = (char) bytes.get();
                head.append(c);
                Matcher m = Pattern.compile("^HTTP/1\\.[01] (\\d{3}) ").matcher(head);
                if (m.find()) {
                    code = Integer.parseInt(m.group(1));
                }
            }
        }

        int code() {
            return code;
        }
    }

    /**
     * N clients that each ask for the big file from its start, read 1 KB and then nothing, and hang on
     * for 10 s while a health check and a range request are timed every half second; then they all go,
     * and the server's descriptors and heap should come back.
     */
    static final class StalledClients {
        static final Duration HOLD = Duration.ofSeconds(10);
        static final int OPEN_PER_TICK = 200;

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

        static Outcome run(Server server, int count, Path big) throws Exception {
            LogCounts logsBefore = LogCounts.of(server.logs());
            long descriptorsBefore = Tools.descriptors(server.pid());
            long heapBefore = HeapSampler.afterCollectionMiB(server);
            List<SlowViewers.Viewer> clients = new ArrayList<>();
            ByteBuffer sink = ByteBuffer.allocateDirect(1024);
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
                            Optional<SlowViewers.Viewer> client = SlowViewers.open(server, selector, "bytes=0-");
                            client.ifPresent(opened -> {
                                opened.allowance = 1024;
                                clients.add(opened);
                            });
                            refusedInARow = client.isPresent() ? 0 : refusedInARow + 1;
                            if (refusedInARow == SlowViewers.GIVE_UP_AFTER) {
                                System.out.println("  gave up opening after " + SlowViewers.GIVE_UP_AFTER
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
                            readFirstKilobyte((SlowViewers.Viewer) key.attachment(), key, sink);
                        }
                        selector.selectedKeys().clear();
                        if (holdUntil != Long.MAX_VALUE && System.nanoTime() >= nextProbe) {
                            nextProbe = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
                            double health = server.healthPath().map(path -> Tools.timedGet(server, path, "")).orElse(0.0);
                            double range = Tools.timedGet(server, server.bigPath(), "bytes=1048576-1114111");
                            worstHealth = Math.max(worstHealth, health);
                            worstRange = Math.max(worstRange, range);
                            slowProbes += (health > 1000 ? 1 : 0) + (range > 1000 ? 1 : 0);
                            peakDescriptors = Math.max(peakDescriptors, Tools.descriptors(server.pid()));
                        }
                    }
                } finally {
                    for (SlowViewers.Viewer client : clients) {
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

        private static void readFirstKilobyte(SlowViewers.Viewer client, SelectionKey key, ByteBuffer sink) {
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

    static final class Tools {
        static final long CLOCK_TICKS = 100; // USER_HZ on Linux

        static boolean has(String command) {
            for (String dir : System.getenv("PATH").split(":")) {
                if (Files.isExecutable(Path.of(dir, command))) {
                    return true;
                }
            }
            return Files.isExecutable(Path.of("/usr/sbin", command));
        }

        static String nginxVersion() {
            String out = run(List.of("nginx", "-v"));
            Matcher m = Pattern.compile("nginx/(\\S+)").matcher(out);
            return m.find() ? m.group(1) : "";
        }

        static int freePort() throws IOException {
            try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        static void awaitHttp(int port, String path, Process process) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("server exited with " + process.exitValue());
                }
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    socket.getOutputStream().write(("HEAD " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                    if (status.endsWith("200")) {
                        return;
                    }
                    throw new IllegalStateException(path + " answered " + status);
                } catch (IOException notYet) {
                    Thread.sleep(200);
                }
            }
            throw new IllegalStateException("no answer on port " + port + " within 60 s");
        }

        /** Ends the server: SIGTERM, which both Tomcat and nginx take as a clean stop, then SIGKILL after 30 s. */
        static void stop(Process process) throws InterruptedException {
            if (process == null) {
                return;
            }
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }

        /** {@code clients} curls at once, each downloading the whole file; aggregate MB/s (10^6 bytes). */
        static double download(String url, int clients) throws Exception {
            List<Process> curls = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < clients; i++) {
                curls.add(new ProcessBuilder("curl", "-sS", "--max-time", "120", "-o", "/dev/null", "-w",
                        "%{size_download}", url).redirectErrorStream(true).start());
            }
            long bytes = 0;
            for (Process curl : curls) {
                String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
                if (curl.waitFor() != 0) {
                    throw new IllegalStateException("curl " + url + ": " + out);
                }
                bytes += Long.parseLong(out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return bytes / seconds / 1e6;
        }

        /** wrk with random 256 KiB ranges, 2 threads and 4 connections for 6 s: {req/s, p99 ms}. */
        static double[] wrkRanges(String url, long size) throws IOException {
            Path script = Files.createTempFile("ranges", ".lua");
            Files.writeString(script, """
                    math.randomseed(42)
                    request = function()
                      local first = math.random(0, %d) * %d
                      return wrk.format("GET", nil, {["Range"] = "bytes=" .. first .. "-" .. (first + %d - 1)})
                    end
                    """.formatted(size / RANGE - 1, RANGE, RANGE));
            try {
                String out = run(List.of("wrk", "-t2", "-c4", "-d6s", "--latency", "-s", script.toString(), url));
                Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
                Matcher p99 = Pattern.compile("99%\\s+([0-9.]+)(us|ms|s)").matcher(out);
                if (!rps.find() || !p99.find() || out.contains("Non-2xx")) {
                    throw new IllegalStateException("wrk: " + out);
                }
                double p99ms = Double.parseDouble(p99.group(1)) * switch (p99.group(2)) {
                    case "us" -> 0.001;
                    case "s" -> 1000;
                    default -> 1;
                };
                return new double[] {Double.parseDouble(rps.group(1)), p99ms};
            } finally {
                Files.delete(script);
            }
        }

        /**
         * How fast the file reads from the page cache in 8 KB positional reads, reel's own pattern: the
         * ceiling for any server, and how long one read holds a container thread.
         */
        static double pageCacheMBps(Path file) throws IOException {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(8192);
            double best = 0;
            try (var channel = java.nio.channels.FileChannel.open(file)) {
                long size = channel.size();
                for (int i = 0; i < 3; i++) {
                    long start = System.nanoTime();
                    for (long position = 0; position < size; position += 8192) {
                        buffer.clear();
                        channel.read(buffer, position);
                    }
                    best = Math.max(best, size / ((System.nanoTime() - start) / 1e9) / 1e6);
                }
            }
            return best;
        }

        /** User plus system CPU ticks of a process and its children that have been waited for (nginx's workers are not). */
        static long cpuTicks(long pid) {
            long ticks = 0;
            for (long process : family(pid)) {
                String[] fields = stat(process);
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            }
            return ticks;
        }

        static long descriptors(long pid) {
            long count = 0;
            for (long process : family(pid)) {
                try (var fds = Files.list(Path.of("/proc", String.valueOf(process), "fd"))) {
                    count += fds.count();
                } catch (IOException gone) {
                    // exited between listing and reading
                }
            }
            return count;
        }

        /** Milliseconds for a GET (with a Range when given) to be answered in full; 5000 when it is not within 5 s. */
        static double timedGet(Server server, String path, String range) {
            long start = System.nanoTime();
            try {
                var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + path)).timeout(Duration.ofSeconds(5));
                if (!range.isEmpty()) {
                    request.header("Range", range);
                }
                var response = PROBE.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() >= 400) {
                    return 5000;
                }
            } catch (IOException e) {
                return 5000;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 5000;
            }
            return (System.nanoTime() - start) / 1e6;
        }

        private static final java.net.http.HttpClient PROBE = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        /** Whether a range of the big file comes back, and as exactly the bytes on disk. */
        static RangeCheck checkRange(Server server, Path big, long first, int length) {
            try {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                        + server.port() + server.bigPath())).timeout(Duration.ofSeconds(10))
                        .header("Range", "bytes=" + first + "-" + (first + length - 1)).build();
                var response = PROBE.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                ByteBuffer expected = ByteBuffer.allocate(length);
                try (var channel = java.nio.channels.FileChannel.open(big)) {
                    channel.read(expected, first);
                }
                boolean exact = response.statusCode() == 206 && Arrays.equals(expected.array(), response.body());
                return exact ? RangeCheck.EXACT : RangeCheck.WRONG;
            } catch (IOException e) {
                return RangeCheck.NO_ANSWER;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return RangeCheck.NO_ANSWER;
            }
        }

        static int threads(long pid) {
            int threads = 0;
            for (long process : family(pid)) {
                threads += Integer.parseInt(stat(process)[17]);
            }
            return threads;
        }

        static long rssKiB(long pid) {
            long kib = 0;
            for (long process : family(pid)) {
                try {
                    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process), "status"))) {
                        if (line.startsWith("VmRSS:")) {
                            kib += Long.parseLong(line.replaceAll("[^0-9]", ""));
                        }
                    }
                } catch (IOException gone) {
                    // exited between listing and reading
                }
            }
            return kib;
        }

        /** The process and its direct children (nginx's workers); Tomcat is a single process. */
        static List<Long> family(long pid) {
            List<Long> family = new ArrayList<>(List.of(pid));
            ProcessHandle.of(pid).ifPresent(handle -> handle.children().forEach(child -> family.add(child.pid())));
            return family;
        }

        /** /proc/pid/stat fields after the command name, numbered so that [11] is utime, [12] stime, [17] threads. */
        private static String[] stat(long pid) {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
                return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Runs a command for at most two minutes (a JVM in trouble may never answer jcmd) and returns its output. */
        static String run(List<String> command) {
            try {
                Path out = Files.createTempFile("bench", ".out");
                try {
                    Process process = new ProcessBuilder(command).redirectErrorStream(true)
                            .redirectOutput(out.toFile()).start();
                    if (!process.waitFor(120, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                    }
                    return Files.readString(out, StandardCharsets.UTF_8);
                } finally {
                    Files.deleteIfExists(out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        static void deleteTree(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return;
            }
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    static final class Report {
        static String markdown(List<Result> results, double pageCache, Path catalinaHome) {
            Result reel = find(results, "reel, 8 KB loop");
            Result before = find(results, BASELINE + ", 8 KB loop");
            Result defaultLoop = find(results, "DefaultServlet, sendfile off");
            Result reelSendfile = find(results, "reel, sendfile on");
            Result defaultSendfile = find(results, "DefaultServlet, sendfile on");
            double bestLoopback = results.stream().flatMap(r -> r.throughput().stream())
                    .mapToDouble(Throughput::singleMBps).max().orElse(0);
            StringBuilder md = new StringBuilder();
            md.append("# Benchmarks\n\n");
            md.append("Measured by `bench/run.sh` on ").append(LocalDate.now()).append(": ").append(Machine.describe(catalinaHome))
                    .append(", ").append(catalinaHome.getFileName())
                    .append(". Every server ran alone on loopback, started fresh for its workloads, serving the same ")
                    .append("1 GiB file from the page cache; Tomcat with its stock `conf/`, the JVM's default heap ")
                    .append("unless a heap limit is given. MB/s are 10^6 bytes per second.\n\n");
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
            md.append("\n## Slow viewers\n\nN connections at once, each reading about 64 KB/s from its own offset for ")
                    .append(SLOW_FOR.toSeconds()).append(" s after the last one opened (100 opened every 100 ms). ")
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
            if (results.stream().anyMatch(r -> r.stalled().isPresent())) {
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
            md.append("\n## Ratios\n\n| comparison | 1 client | 4 clients | ranges req/s | CPU per GiB |\n|---|---:|---:|---:|---:|\n");
            ratio(md, "reel loop / DefaultServlet sendfile off", reel, defaultLoop);
            ratio(md, "reel sendfile / DefaultServlet sendfile on", reelSendfile, defaultSendfile);
            ratio(md, "reel loop / " + BASELINE + " loop", reel, before);
            results.stream().filter(r -> r.server().startsWith("nginx")).findFirst().ifPresent(nginx -> {
                ratio(md, "reel loop / nginx", reel, nginx);
                ratio(md, "reel sendfile / nginx", reelSendfile, nginx);
            });
            return md.toString();
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

    static final class Machine {
        static String describe(Path catalinaHome) {
            String cpu = "unknown CPU";
            try {
                cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
            } catch (IOException e) {
                // keep the default
            }
            long memGiB = 0;
            try {
                memGiB = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                        .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024).orElse(0L);
            } catch (IOException e) {
                // keep 0
            }
            return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memGiB + " GiB RAM, "
                    + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                    + System.getProperty("java.version");
        }
    }
}

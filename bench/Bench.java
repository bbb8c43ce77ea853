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

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path work = Path.of(options.get("work")).toAbsolutePath();
        Path catalinaHome = Path.of(options.get("catalina-home")).toAbsolutePath();
        Path war = Path.of(options.get("war")).toAbsolutePath();
        Path media = work.resolve("media");
        Path big = media.resolve("big.mp4");
        int[] viewerCounts = Arrays.stream(options.getOrDefault("viewers", "1000,5000").split(","))
                .mapToInt(Integer::parseInt).toArray();

        List<Server> servers = new ArrayList<>();
        servers.add(Tomcat.reel("reel, 8 KB loop", work.resolve("reel-loop"), catalinaHome, war, media, false));
        // The kernel grows a loopback socket's send buffer to 4 MB, and the loop copies that much into
        // every new stream before it waits; a fixed 64 KB buffer is how an operator bounds that.
        Tomcat tuned = Tomcat.reel("reel, 8 KB loop, socket.txBufSize=65536", work.resolve("reel-loop-tuned"),
                catalinaHome, war, media, false);
        tuned.connectorAttributes = " socket.txBufSize=\"65536\"";
        servers.add(tuned);
        servers.add(Tomcat.defaultServlet("DefaultServlet, sendfile off", work.resolve("default-loop"), catalinaHome,
                media, false));
        servers.add(Tomcat.reel("reel, sendfile on", work.resolve("reel-sendfile"), catalinaHome, war, media, true));
        servers.add(Tomcat.defaultServlet("DefaultServlet, sendfile on", work.resolve("default-sendfile"),
                catalinaHome, media, true));
        if (Tools.has("nginx")) {
            servers.add(new Nginx(work.resolve("nginx"), media));
        }

        // --only=reel runs the servers whose names start with it: for trying a change, not for the report.
        String only = options.getOrDefault("only", "");
        servers.removeIf(server -> !server.name().startsWith(only));
        double pageCache = Tools.pageCacheMBps(big);
        List<Result> results = new ArrayList<>();
        for (Server server : servers) {
            System.out.println("== " + server.name());
            server.start();
            try {
                results.add(Workloads.run(server, big, viewerCounts));
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
    record Result(String server, double singleMBps, double fourMBps, double rangeRps, double rangeP99ms,
            double cpuSecondsPerGiB, List<SlowViewers.Outcome> slow) {
    }

    static final class Workloads {
        static Result run(Server server, Path big, int[] viewerCounts) throws Exception {
            String url = "http://127.0.0.1:" + server.port() + server.bigPath();
            Tools.download(url, 1); // warm-up: JIT, connection pools, page cache

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

            double[] ranges = Tools.wrkRanges(url, Files.size(big));
            System.out.printf(Locale.ROOT, "  ranges %.0f req/s, p99 %.1f ms%n", ranges[0], ranges[1]);

            List<SlowViewers.Outcome> slow = new ArrayList<>();
            for (int viewers : viewerCounts) {
                SlowViewers.Outcome outcome = SlowViewers.run(server, viewers, Files.size(big));
                System.out.println("  " + outcome);
                slow.add(outcome);
            }
            return new Result(server.name(), single, four, ranges[0], ranges[1], cpuPerGiB, slow);
        }
    }

    /**
     * N viewers at once, each reading about 64 KB/s of a different part of the big file for 20 s, on one
     * selector thread: how many get their first byte within a second, and what the server holds meanwhile.
     */
    static final class SlowViewers {

        record Outcome(int viewers, int firstByteWithin1s, int gotFirstByte, double ttfbP50ms, double ttfbP99ms,
                int peakThreads, long peakRssMiB, long bytes) {
            @Override
            public String toString() {
                return String.format(Locale.ROOT, "%d viewers: %d first byte <= 1 s (%d at all), TTFB p50 %.0f ms "
                        + "p99 %.0f ms, peak %d threads, %d MiB RSS", viewers, firstByteWithin1s, gotFirstByte,
                        ttfbP50ms, ttfbP99ms, peakThreads, peakRssMiB);
            }
        }

        private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
        private static final int PER_TICK = SLOW_RATE / 10;
        private static final int OPEN_PER_TICK = 100;

        static final class Viewer {
            final SocketChannel channel;
            final long started = System.nanoTime();
            long firstByte = -1;
            long allowance = PER_TICK;

            Viewer(SocketChannel channel) {
                this.channel = channel;
            }
        }

        static Outcome run(Server server, int count, long fileSize) throws IOException, InterruptedException {
            Random random = new Random(count);
            List<Viewer> viewers = new ArrayList<>();
            ByteBuffer sink = ByteBuffer.allocateDirect(64 * 1024);
            int peakThreads = 0;
            long peakRss = 0;
            long bytes = 0;
            try (Selector selector = Selector.open()) {
                long end = Long.MAX_VALUE;
                long nextTick = System.nanoTime();
                while (System.nanoTime() < end) {
                    long now = System.nanoTime();
                    if (now >= nextTick) {
                        nextTick = now + TICK_NANOS;
                        for (int i = 0; i < OPEN_PER_TICK && viewers.size() < count; i++) {
                            long offset = (random.nextLong(fileSize - RANGE) / 4096) * 4096;
                            viewers.add(open(server, selector, offset));
                        }
                        if (viewers.size() == count && end == Long.MAX_VALUE) {
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
                    }
                    selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextTick - System.nanoTime())));
                    for (SelectionKey key : selector.selectedKeys()) {
                        bytes += read((Viewer) key.attachment(), key, sink);
                    }
                    selector.selectedKeys().clear();
                }
            } finally {
                for (Viewer viewer : viewers) {
                    viewer.channel.close();
                }
            }
            return outcome(viewers, peakThreads, peakRss / 1024, bytes);
        }

        private static Viewer open(Server server, Selector selector, long offset) throws IOException {
            SocketChannel channel = SocketChannel.open();
            // A small window, so that reading slowly really slows the server down.
            channel.setOption(StandardSocketOptions.SO_RCVBUF, 64 * 1024);
            channel.connect(new InetSocketAddress("127.0.0.1", server.port()));
            channel.write(ByteBuffer.wrap(("GET " + server.bigPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nRange: bytes="
                    + offset + "-\r\n\r\n").getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
            Viewer viewer = new Viewer(channel);
            channel.register(selector, SelectionKey.OP_READ, viewer);
            return viewer;
        }

        private static long read(Viewer viewer, SelectionKey key, ByteBuffer sink) throws IOException {
            sink.clear().limit((int) Math.min(sink.capacity(), viewer.allowance));
            int read = viewer.channel.read(sink);
            if (read > 0 && viewer.firstByte < 0) {
                viewer.firstByte = System.nanoTime();
            }
            if (read < 0) {
                key.cancel();
                return 0;
            }
            viewer.allowance -= read;
            if (viewer.allowance <= 0) {
                key.interestOps(0);
            }
            return read;
        }

        private static Outcome outcome(List<Viewer> viewers, int peakThreads, long peakRssMiB, long bytes) {
            double[] ttfb = viewers.stream().filter(v -> v.firstByte > 0)
                    .mapToDouble(v -> (v.firstByte - v.started) / 1e6).sorted().toArray();
            int within = (int) Arrays.stream(ttfb).filter(ms -> ms <= 1000).count();
            // Those that never got a byte count as waiting the whole run, so the percentiles do not flatter.
            double[] all = Arrays.copyOf(ttfb, viewers.size());
            Arrays.fill(all, ttfb.length, all.length, Double.POSITIVE_INFINITY);
            Arrays.sort(all);
            return new Outcome(viewers.size(), within, ttfb.length, percentile(all, 50), percentile(all, 99),
                    peakThreads, peakRssMiB, bytes);
        }

        static double percentile(double[] sorted, int p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
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

        /** wrk with random 256 KiB ranges, 2 threads and 4 connections for 10 s: {req/s, p99 ms}. */
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
                String out = run(List.of("wrk", "-t2", "-c4", "-d10s", "--latency", "-s", script.toString(), url));
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

        static String run(List<String> command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor(120, TimeUnit.SECONDS);
                return out;
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
            Result defaultLoop = find(results, "DefaultServlet, sendfile off");
            Result reelSendfile = find(results, "reel, sendfile on");
            Result defaultSendfile = find(results, "DefaultServlet, sendfile on");
            double bestLoopback = results.stream().mapToDouble(Result::singleMBps).max().orElse(0);
            StringBuilder md = new StringBuilder();
            md.append("# Benchmarks\n\n");
            md.append("Measured by `bench/run.sh` on ").append(LocalDate.now()).append(": ").append(Machine.describe(catalinaHome))
                    .append(", ").append(catalinaHome.getFileName())
                    .append(". Every server ran alone on loopback, started fresh for its workloads, serving the same ")
                    .append("1 GiB file from the page cache. MB/s are 10^6 bytes per second.\n\n");
            md.append("## Throughput and CPU\n\n");
            md.append("| server | 1 client MB/s | 4 clients MB/s | 256 KiB ranges req/s | ranges p99 ms | CPU s per GiB |\n");
            md.append("|---|---:|---:|---:|---:|---:|\n");
            for (Result r : results) {
                md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.1f | %.2f |%n", r.server(),
                        r.singleMBps(), r.fourMBps(), r.rangeRps(), r.rangeP99ms(), r.cpuSecondsPerGiB()));
            }
            md.append(String.format(Locale.ROOT, "%nCeiling: the file reads from the page cache in 8 KB positional reads "
                    + "(what reel does) at %.0f MB/s, so one read holds a container thread for about %.1f µs; the best "
                    + "single-client loopback figure above is %.0f MB/s.%n", pageCache, 8192 / pageCache, bestLoopback));
            md.append("\n## Slow viewers\n\nN connections at once, each reading about 64 KB/s from its own offset for ")
                    .append(SLOW_FOR.toSeconds()).append(" s after the last one opened (100 opened every 100 ms). ")
                    .append("TTFB counts a viewer that never got a byte as never; threads and RSS are the server ")
                    .append("process's peak.\n\n");
            md.append("| server | viewers | first byte within 1 s | first byte at all | TTFB p50 ms | TTFB p99 ms | peak threads | peak RSS MiB |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Result r : results) {
                for (SlowViewers.Outcome o : r.slow()) {
                    md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %d | %d |%n", r.server(),
                            o.viewers(), o.firstByteWithin1s(), o.gotFirstByte(), ms(o.ttfbP50ms()), ms(o.ttfbP99ms()),
                            o.peakThreads(), o.peakRssMiB()));
                }
            }
            md.append("\n## Ratios\n\n| comparison | 1 client | 4 clients | ranges req/s | CPU per GiB |\n|---|---:|---:|---:|---:|\n");
            ratio(md, "reel loop / DefaultServlet sendfile off", reel, defaultLoop);
            ratio(md, "reel sendfile / DefaultServlet sendfile on", reelSendfile, defaultSendfile);
            results.stream().filter(r -> r.server().startsWith("nginx")).findFirst().ifPresent(nginx -> {
                ratio(md, "reel loop / nginx", reel, nginx);
                ratio(md, "reel sendfile / nginx", reelSendfile, nginx);
            });
            return md.toString();
        }

        private static String ms(double value) {
            return Double.isInfinite(value) ? "never" : String.format(Locale.ROOT, "%.0f", value);
        }

        private static void ratio(StringBuilder md, String label, Result a, Result b) {
            if (a == null || b == null) {
                return;
            }
            md.append(String.format(Locale.ROOT, "| %s | %.2f× | %.2f× | %.2f× | %.2f× |%n", label,
                    a.singleMBps() / b.singleMBps(), a.fourMBps() / b.fourMBps(), a.rangeRps() / b.rangeRps(),
                    a.cpuSecondsPerGiB() / b.cpuSecondsPerGiB()));
        }

        private static Result find(List<Result> results, String name) {
            return results.stream().filter(r -> r.server().equals(name)).findFirst().orElse(null);
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

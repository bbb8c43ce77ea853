import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Whole-file downloads with curl (one client, then four) and random 256 KiB ranges with wrk, with the CPU they cost. */
final class ThroughputWorkload {
    static final long RANGE = 256 * 1024;

    private ThroughputWorkload() {
    }

    static Throughput run(Server server, String url, Path big) throws Exception {
        long cpuBefore = ProcessFigures.cpuTicks(server);
        double single = 0;
        for (int i = 0; i < 3; i++) {
            single = Math.max(single, download(url, 1));
        }
        double four = download(url, 4);
        long cpuTicks = ProcessFigures.cpuTicks(server) - cpuBefore;
        // 3 single downloads and 4 parallel ones: 7 GiB.
        double cpuPerGiB = cpuTicks / (double) ProcessFigures.CLOCK_TICKS / 7.0;
        System.out.printf(Locale.ROOT, "  1 client %.0f MB/s, 4 clients %.0f MB/s, %.2f CPU s/GiB%n", single, four,
                cpuPerGiB);
        // The best of three, as for downloads: ten seconds once varied by a third from run to run.
        double[] ranges = wrkRanges(url, Files.size(big));
        for (int i = 0; i < 2; i++) {
            double[] again = wrkRanges(url, Files.size(big));
            ranges = again[0] > ranges[0] ? again : ranges;
        }
        System.out.printf(Locale.ROOT, "  ranges %.0f req/s, p99 %.1f ms%n", ranges[0], ranges[1]);
        return new Throughput(single, four, ranges[0], ranges[1], cpuPerGiB);
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
    private static double[] wrkRanges(String url, long size) throws IOException {
        Path script = Files.createTempFile("ranges", ".lua");
        Files.writeString(script, """
                math.randomseed(42)
                request = function()
                  local first = math.random(0, %d) * %d
                  return wrk.format("GET", nil, {["Range"] = "bytes=" .. first .. "-" .. (first + %d - 1)})
                end
                """.formatted(size / RANGE - 1, RANGE, RANGE));
        try {
            String out = Commands.run(List.of("wrk", "-t2", "-c4", "-d6s", "--latency", "-s", script.toString(), url));
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
}

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine the benchmark runs on: what it is, and how fast it reads the big file from the page cache. */
final class Machine {

    private Machine() {
    }

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

    /** The 1-minute load average, for a workload that shares the machine with whatever else runs on it. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    /**
     * How fast the file reads from the page cache in 8 KB positional reads, reel's own pattern: the
     * ceiling for any server, and how long one read holds a container thread.
     */
    static double pageCacheMBps(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        double best = 0;
        try (var channel = FileChannel.open(file)) {
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
}

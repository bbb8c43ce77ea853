import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.List;

/** The JVM's used heap from jstat, sampled in the background for its peak; nothing for a server that is not a JVM. */
final class HeapSampler implements AutoCloseable {
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
            try (var lines = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
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
        long kib = afterCollectionKiB(server);
        return kib < 0 ? -1 : kib / 1024;
    }

    /** As {@link #afterCollectionMiB}, in KiB. */
    static long afterCollectionKiB(Server server) {
        if (!server.isJvm()) {
            return -1;
        }
        try {
            Commands.run(List.of("jcmd", String.valueOf(server.pid()), "GC.run"));
            String[] lines = Commands.run(List.of("jstat", "-gc", String.valueOf(server.pid()))).trim().split("\n");
            return usedKiB(lines[0], lines[lines.length - 1]);
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

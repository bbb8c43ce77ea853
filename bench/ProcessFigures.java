import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** CPU, threads, resident memory and open descriptors of a server's processes, read from /proc. */
final class ProcessFigures {
    static final long CLOCK_TICKS = 100; // USER_HZ on Linux

    private ProcessFigures() {
    }

    /** User plus system CPU ticks of the server's processes and their direct children (nginx's workers), each its own. */
    static long cpuTicks(Server server) {
        long ticks = 0;
        for (long process : family(server)) {
            String[] fields = stat(process);
            ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        return ticks;
    }

    static long descriptors(Server server) {
        long count = 0;
        for (long process : family(server)) {
            try (var fds = Files.list(Path.of("/proc", String.valueOf(process), "fd"))) {
                count += fds.count();
            } catch (IOException gone) {
                // exited between listing and reading
            }
        }
        return count;
    }

    static int threads(Server server) {
        int threads = 0;
        for (long process : family(server)) {
            threads += Integer.parseInt(stat(process)[17]);
        }
        return threads;
    }

    static long rssKiB(Server server) {
        long kib = 0;
        for (long process : family(server)) {
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

    /** The server's processes and their direct children (nginx's workers); Tomcat is a single process. */
    static List<Long> family(Server server) {
        List<Long> family = new ArrayList<>();
        for (long pid : server.processes()) {
            family.add(pid);
            ProcessHandle.of(pid).ifPresent(handle -> handle.children().forEach(child -> family.add(child.pid())));
        }
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
}

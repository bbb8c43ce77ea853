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
}

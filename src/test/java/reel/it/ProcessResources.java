package reel.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * What this JVM, which runs the embedded Tomcat, holds: open file descriptors (Linux's /proc/self/fd),
 * the handles on one file, threads. Counts, not timings; {@link #await} polls them with a bound.
 */
final class ProcessResources {

    private static final Path FDS = Path.of("/proc/self/fd");

    private ProcessResources() {
    }

    static long openDescriptors() {
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Descriptors open on {@code file}: a stream that forgot to close it shows up here. */
    static long handlesOn(Path file) {
        Path target = file.toAbsolutePath();
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.filter(fd -> target.equals(linkTarget(fd))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int threads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /**
     * Request threads busy right now, summed over Tomcat's connector thread pools as JMX shows them
     * ({@code currentThreadsBusy}, what an ops dashboard watches); idle pooled threads do not count.
     */
    static long busyRequestThreads() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            Set<ObjectName> pools = server.queryNames(new ObjectName("Tomcat:type=ThreadPool,*"), null);
            if (pools.isEmpty()) {
                throw new IllegalStateException("no Tomcat thread pool in JMX");
            }
            long busy = 0;
            for (ObjectName pool : pools) {
                busy += ((Number) server.getAttribute(pool, "currentThreadsBusy")).longValue();
            }
            return busy;
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits, at most {@code limit}, for {@code condition}; fails with {@code state} if it never holds. */
    static void await(Duration limit, BooleanSupplier condition, Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("still not so after " + limit + ": " + state.get());
            }
            Thread.sleep(50);
        }
    }

    private static Path linkTarget(Path fd) {
        try {
            return Files.readSymbolicLink(fd);
        } catch (IOException e) {
            // Closed between listing and reading: not open any more.
            return null;
        }
    }
}

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
        long descriptors = ProcessFigures.descriptors(server);
        while (descriptors > descriptorsBefore + 20 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            descriptors = ProcessFigures.descriptors(server);
        }
        RangeCheck exact = Probes.checkRange(server, big, 123_456_789L, 1 << 20);
        LogCounts after = LogCounts.of(server.logs());
        return new Aftermath(after.outOfMemoryErrors() - before.outOfMemoryErrors(),
                after.severeLines() - before.severeLines(), descriptorsBefore, descriptors, exact);
    }
}

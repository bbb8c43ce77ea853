import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reel's one INFO line {@code reel library index ready: N videos and M folders, read in X s}, waited for in a
 * Tomcat's console log: what the index counted; how long its first reading took by reel's own clock (from the
 * index's start at deployment, to a tenth of a second); from Tomcat's "Deploying deployment descriptor" line
 * for reel to this one, by the lines' millisecond times; and from starting Tomcat's process until the line
 * was seen, polled every {@link #POLL} (so up to that much late).
 */
record IndexReady(int videos, int folders, double readSeconds, double deployToReadySeconds,
        double startToReadySeconds) {

    static final Duration POLL = Duration.ofMillis(50);

    private static final String TIME = "^\\S+ (\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) ";
    private static final Pattern READY = Pattern.compile(TIME
            + ".*reel library index ready: (\\d+) videos? and (\\d+) folders?, read in ([0-9.]+) s", Pattern.MULTILINE);
    private static final Pattern DEPLOYING = Pattern.compile(TIME + ".*Deploying deployment descriptor \\[.*reel\\.xml\\]",
            Pattern.MULTILINE);

    /** Waits at most {@code patience} for the line in {@code console}; {@code startedNanos} is when Tomcat was started. */
    static IndexReady await(Path console, long startedNanos, Duration patience) throws IOException, InterruptedException {
        long deadline = startedNanos + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<IndexReady> ready = read(Files.readString(console, StandardCharsets.UTF_8), startedNanos);
            if (ready.isPresent()) {
                return ready.get();
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException("no \"reel library index ready\" line in " + console + " within "
                + patience.toSeconds() + " s");
    }

    private static Optional<IndexReady> read(String log, long startedNanos) {
        Matcher ready = READY.matcher(log);
        if (!ready.find()) {
            return Optional.empty();
        }
        double seen = (System.nanoTime() - startedNanos) / 1e9;
        Matcher deploying = DEPLOYING.matcher(log);
        if (!deploying.find()) {
            throw new IllegalStateException("the index is ready but Tomcat's log has no line deploying reel.xml");
        }
        Duration deployToReady = Duration.between(LocalTime.parse(deploying.group(1)), LocalTime.parse(ready.group(1)));
        if (deployToReady.isNegative()) {
            deployToReady = deployToReady.plusDays(1); // deployed before midnight, ready after
        }
        return Optional.of(new IndexReady(Integer.parseInt(ready.group(2)), Integer.parseInt(ready.group(3)),
                Double.parseDouble(ready.group(4)), deployToReady.toMillis() / 1000.0, seen));
    }
}

package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static reel.it.DeployedReel.CLIENT;
import static reel.it.DeployedReel.get;

import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * reel nodes as an operator sets them up behind a balancer: each a stock Tomcat distribution with
 * reel.war, configured as docs/OPERATIONS.md shows (the context file naming the media folder, the
 * recommended heap limit, error pages without reports), each on its own free port, all started side by
 * side. What a node has done is read from its own /reel/metrics, as a scraper on its machine reads it.
 * {@link #close()} stops every node still running.
 */
final class ReelNodes implements AutoCloseable {

    /** docs/OPERATIONS.md, "Large audiences": the heap limit and exit on OutOfMemoryError, in bin/setenv.sh. */
    private static final String SETENV = "CATALINA_OPTS=\"$CATALINA_OPTS -Xmx512m -XX:+ExitOnOutOfMemoryError\"\n";

    private final Map<String, CatalinaProcess> nodes = new LinkedHashMap<>();

    private ReelNodes() {
    }

    /**
     * Starts one node per entry of {@code mediaFolders} (its name and the media folder it is given), each
     * on the distribution at {@code home} with its base in {@code work}/{@code name}, and waits until every
     * one answers /reel/health, whatever it answers.
     */
    static ReelNodes start(Path home, Path work, Map<String, Path> mediaFolders) throws Exception {
        ReelNodes started = new ReelNodes();
        try {
            for (Map.Entry<String, Path> node : mediaFolders.entrySet()) {
                CatalinaProcess tomcat = CatalinaProcess.prepare(home, work.resolve(node.getKey()), Map.of());
                started.nodes.put(node.getKey(), tomcat);
                tomcat.write("conf/Catalina/localhost/reel.xml", DistributionDeployIT.contextFile(node.getValue()));
                tomcat.write("bin/setenv.sh", SETENV);
                tomcat.insertBefore("conf/server.xml", "</Host>", DistributionDeployIT.ERROR_REPORT_VALVE);
                tomcat.deploy(DistributionDeployIT.war());
                tomcat.start();
            }
            for (CatalinaProcess tomcat : started.nodes.values()) {
                DeployedReel.awaitAnswer(tomcat, "/reel/health");
            }
            return started;
        } catch (Exception | AssertionError e) {
            started.close();
            throw e;
        }
    }

    CatalinaProcess node(String name) {
        CatalinaProcess node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException("no node " + name);
        }
        return node;
    }

    /** A counter or gauge from the node's own /reel/metrics, such as {@code reel_bytes_served_total}. */
    static long metric(CatalinaProcess node, String name) throws Exception {
        HttpResponse<String> metrics = CLIENT.send(get(node, "/reel/metrics"), BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode(), metrics::body);
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\d+)$").matcher(metrics.body());
        if (!value.find()) {
            throw new AssertionError("no " + name + " in " + metrics.body());
        }
        return Long.parseLong(value.group(1));
    }

    /** Body bytes reel has written on these nodes, those still running: what a cache in front took from them. */
    static long bytesServed(List<CatalinaProcess> nodes) throws Exception {
        long bytes = 0;
        for (CatalinaProcess node : running(nodes)) {
            bytes += metric(node, "reel_bytes_served_total");
        }
        return bytes;
    }

    /**
     * Waits until none of these nodes, those still running, has a stream in progress: whatever a cache in
     * front was fetching has arrived, and it fetches nothing more until a client asks or reads on.
     */
    static void awaitQuiet(List<CatalinaProcess> nodes) throws Exception {
        List<CatalinaProcess> running = running(nodes);
        DeployedReel.await(running.get(0), "no stream in progress on " + running.size() + " nodes",
                () -> !isAnyStreaming(running));
    }

    /**
     * Waits until these nodes, those still running, have settled: no stream in progress and the same bytes
     * served at two readings a poll apart, so a cache in front is not between two slices of a read-ahead
     * but has stopped fetching. The bytes they have served by then.
     */
    static long awaitSettled(List<CatalinaProcess> nodes) throws Exception {
        List<CatalinaProcess> running = running(nodes);
        long[] lastReading = {-1};
        DeployedReel.await(running.get(0), "the nodes to settle", () -> {
            long reading = isAnyStreaming(running) ? -1 : bytesServed(running);
            boolean settled = reading >= 0 && reading == lastReading[0];
            lastReading[0] = reading;
            return settled;
        });
        return lastReading[0];
    }

    /** Stops every node still running; a failure to stop one does not keep the others running. */
    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (CatalinaProcess node : nodes.values()) {
            try {
                node.close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            failures.subList(1, failures.size()).forEach(failures.get(0)::addSuppressed);
            throw failures.get(0);
        }
    }

    private static boolean isAnyStreaming(List<CatalinaProcess> nodes) throws Exception {
        for (CatalinaProcess node : nodes) {
            if (metric(node, "reel_active_streams") != 0) {
                return true;
            }
        }
        return false;
    }

    private static List<CatalinaProcess> running(List<CatalinaProcess> nodes) {
        return nodes.stream().filter(CatalinaProcess::isRunning).toList();
    }
}

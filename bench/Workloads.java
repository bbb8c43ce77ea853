import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The workloads one server gets, in order: throughput, slow viewers, and for a heap-limited server stalled
 * clients; for a server with a cache in front, what the cache counted meanwhile.
 */
final class Workloads {

    private Workloads() {
    }

    static Result run(Server server, Path big, int[] viewerCounts, int stalledCount) throws Exception {
        String url = "http://127.0.0.1:" + server.port() + server.bigPath();
        ThroughputWorkload.download(url, 1); // warm-up: JIT, connection pools, page cache
        Optional<CacheTally> cacheBefore = server.cacheTally();
        Optional<Throughput> throughput = Optional.empty();
        if (!server.audienceOnly()) {
            throughput = Optional.of(ThroughputWorkload.run(server, url, big));
        }
        List<SlowViewers.Outcome> slow = new ArrayList<>();
        int[] counts = server.audienceOnly() ? new int[] {Arrays.stream(viewerCounts).max().orElse(0)} : viewerCounts;
        for (int viewers : counts) {
            SlowViewers.Outcome outcome = SlowViewers.run(server, viewers, big);
            System.out.println("  " + outcome);
            slow.add(outcome);
        }
        Optional<StalledClients.Outcome> stalled = Optional.empty();
        if (server.audienceOnly() && stalledCount > 0) {
            stalled = Optional.of(StalledClients.run(server, stalledCount, big));
            System.out.println("  " + stalled.get());
        }
        Optional<CacheTally> cache = Optional.empty();
        if (cacheBefore.isPresent()) {
            cache = Optional.of(server.cacheTally().orElseThrow().since(cacheBefore.get()));
            System.out.println("  cache during the workloads: " + cache.get());
        }
        return new Result(server.name(), server.heapLimit(), throughput, slow, stalled, cache);
    }
}

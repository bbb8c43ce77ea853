import java.util.List;
import java.util.Optional;

/** The figures of one server; for a server with a cache in front, what the cache counted during the workloads. */
record Result(String server, Optional<String> heapLimit, Optional<Throughput> throughput,
        List<SlowViewers.Outcome> slow, Optional<StalledClients.Outcome> stalled, Optional<CacheTally> cache) {
}

import java.util.List;
import java.util.Optional;

/** The figures of one server. */
record Result(String server, Optional<String> heapLimit, Optional<Throughput> throughput,
        List<SlowViewers.Outcome> slow, Optional<StalledClients.Outcome> stalled) {
}

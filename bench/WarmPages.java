import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages timed warm, in rounds of one request to each in turn, so that every server sees the machine at the
 * same moments (other builds may run on it) and the ratios between them hold; the first rounds warm the JIT
 * and the servers' caches and are not counted.
 */
final class WarmPages {

    static final int WARM_UP_ROUNDS = 10;
    static final int ROUNDS = 30;

    private WarmPages() {
    }

    /** The warm latency of each page, in the order given. */
    static List<Latency> time(List<URI> pages) throws IOException, InterruptedException {
        List<List<Double>> samples = new ArrayList<>();
        pages.forEach(page -> samples.add(new ArrayList<>()));
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            for (int i = 0; i < pages.size(); i++) {
                double millis = Fetched.ok(pages.get(i)).millis();
                if (round >= 0) {
                    samples.get(i).add(millis);
                }
            }
        }
        return samples.stream().map(Latency::of).toList();
    }
}

import java.util.List;

/** Milliseconds of repeated requests: how many, the median, p90 and p99 (nearest rank), and the slowest. */
record Latency(int count, double p50, double p90, double p99, double max) {

    static Latency of(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no samples");
        }
        return new Latency(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99),
                sorted.get(sorted.size() - 1));
    }

    /** The smallest sample with at least {@code fraction} of all samples at or below it. */
    private static double rank(List<Double> sorted, double fraction) {
        return sorted.get(Math.max(0, (int) Math.ceil(fraction * sorted.size()) - 1));
    }
}

import java.util.Locale;

/**
 * What a cache in front of one reel node counted: the requests nginx answered (its access log), those
 * whose first slice was a cache HIT, and the video requests and body bytes that reached the node (reel's
 * own metrics). With a warm cache the node sees nothing.
 */
record CacheTally(long requests, long hits, long nodeRequests, long nodeBytes) {

    /** What was counted between {@code earlier} and this one. */
    CacheTally since(CacheTally earlier) {
        return new CacheTally(requests - earlier.requests, hits - earlier.hits, nodeRequests - earlier.nodeRequests,
                nodeBytes - earlier.nodeBytes);
    }

    double hitPercent() {
        return requests == 0 ? 0 : 100.0 * hits / requests;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d requests through nginx, %d HIT (%.1f%%); the node answered %d requests,"
                + " %d bytes", requests, hits, hitPercent(), nodeRequests, nodeBytes);
    }
}

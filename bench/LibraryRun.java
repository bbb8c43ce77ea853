import java.util.Optional;

/**
 * What the library workload measured for one heap setting: the index (its log line, and the used heap after
 * a full collection with it ready, beside the same build's over the one-file folder), search, the big folder's
 * pages beside DefaultServlet's listing of it, what DefaultServlet's resource cache could not hold, and with
 * the default heap the browser's load times; and how busy the machine was meanwhile.
 */
record LibraryRun(Optional<String> heapLimit, IndexReady index, long oneFileHeapKiB, long libraryHeapKiB,
        SearchTimings.Outcome search, PageTiming firstPage, PageTiming newest, PageTiming listing,
        long listingCacheWarnings, Optional<Renders> renders, Machinery machinery) {

    /** The 1-minute load average when reel started and when it was done with; what reel's logs said meanwhile. */
    record Machinery(double loadAtStart, double loadAtEnd, LogCounts reelLog) {
    }

    /** One page: its size, its first view, and its warm latency. */
    record PageTiming(String path, int bytes, double firstViewMs, Latency warm) {
    }

    /** Chromium's load-event latency for the library's home page, the big folder's page and DefaultServlet's listing. */
    record Renders(int homeBytes, Latency home, Latency folder, Latency listing) {
    }

    /** The heap the index holds: reel over this library less reel over one file, each after a full collection. */
    long indexHeapKiB() {
        return libraryHeapKiB - oneFileHeapKiB;
    }

    String heapLabel() {
        return heapLimit.map(limit -> "-Xmx" + limit).orElse("default");
    }
}

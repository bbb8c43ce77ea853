package reel.media;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * {@link FileCount} remembered for a while: a load balancer probes health every few seconds, and
 * walking a library of a hundred thousand files each time is work nobody needs. Whether the root can
 * be read is still asked every time, so a folder that goes away shows at once.
 */
public final class RecentFileCount {

    /** How long a count is reused: long against a probe interval, short against a person adding files. */
    public static final Duration KEEP = Duration.ofSeconds(30);

    private final LongSupplier nanoClock;
    private Counted last;

    private record Counted(MediaLibrary library, long count, long atNanos) {
    }

    public RecentFileCount(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /** As {@link FileCount#of}: empty when the root cannot be listed now. */
    public synchronized OptionalLong of(MediaLibrary library) {
        if (!FileCount.rootCanBeListed(library)) {
            last = null;
            return OptionalLong.empty();
        }
        long now = nanoClock.getAsLong();
        if (last != null && last.library().root().equals(library.root()) && now - last.atNanos() < KEEP.toNanos()) {
            return OptionalLong.of(last.count());
        }
        OptionalLong count = FileCount.of(library);
        last = count.isPresent() ? new Counted(library, count.getAsLong(), now) : null;
        return count;
    }
}

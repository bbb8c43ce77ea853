package reel.media;

import java.time.Duration;
import java.util.Comparator;

/**
 * The orders a folder's videos can be shown in. Each ends with {@link NaturalOrder} by name, so videos
 * alike in what is compared keep a stable order from page to page.
 */
public enum VideoOrder {

    /** By name as people number episodes: {@link NaturalOrder}. */
    NAME(Comparator.comparing(FolderEntry::name, NaturalOrder.INSTANCE)),
    /** The most recently modified first. */
    NEWEST(Comparator.comparing(FolderEntry::modified, Comparator.reverseOrder())),
    /** The longest first by what its header says; videos of unknown length last. */
    LONGEST(Comparator.comparing((FolderEntry entry) -> entry.facts().duration().isEmpty())
            .thenComparing(entry -> entry.facts().duration().orElse(Duration.ZERO), Comparator.reverseOrder())),
    /** The most bytes first. */
    LARGEST(Comparator.comparingLong((FolderEntry entry) -> entry.stamp().size()).reversed());

    private final Comparator<FolderEntry> order;

    VideoOrder(Comparator<FolderEntry> order) {
        this.order = order;
    }

    Comparator<FolderEntry> comparator() {
        return this == NAME ? order : order.thenComparing(NAME.order);
    }
}

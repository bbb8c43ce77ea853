package reel.media;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A folder as read at one moment: its entries by name and its folders and videos in each order. It never
 * changes; a reading with some entries changed is a new listing ({@link #with}), which keeps the name
 * order when no entry came or went, as sorting ten thousand names is the costly part.
 */
final class Listing {

    private final Path directory;
    private final Stamp directoryStamp;
    private final Instant readAt;
    private final Map<String, FolderEntry> entries;
    private final List<FolderEntry> folders;
    private final List<FolderEntry> videosByName;
    private final List<FolderEntry> elsewhere;
    // The other orders, sorted when first asked for; guarded by itself.
    private final Map<VideoOrder, List<FolderEntry>> videos = new EnumMap<>(VideoOrder.class);

    /** @param directory the folder's real path; @param directoryStamp its stamp, taken before it was read */
    Listing(Path directory, Stamp directoryStamp, Instant readAt, Map<String, FolderEntry> entries) {
        this(directory, directoryStamp, readAt, Map.copyOf(entries), Optional.empty());
    }

    private Listing(Path directory, Stamp directoryStamp, Instant readAt, Map<String, FolderEntry> entries,
            Optional<Listing> sameNames) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.directoryStamp = Objects.requireNonNull(directoryStamp, "directoryStamp");
        this.readAt = Objects.requireNonNull(readAt, "readAt");
        this.entries = entries;
        this.folders = sameNames.map(listing -> listing.folders).orElseGet(() -> sorted(FolderEntry.Kind.FOLDER));
        // The same names in the same order; each entry as it is now.
        this.videosByName = sameNames.map(listing -> listing.videosByName.stream()
                .map(entry -> entries.get(entry.name())).toList()).orElseGet(() -> sorted(FolderEntry.Kind.VIDEO));
        this.elsewhere = entries.values().stream().filter(entry -> entry.elsewhere().isPresent()).toList();
    }

    Path directory() {
        return directory;
    }

    /** Whether this listing still holds every name: the folder is the same, unchanged, and was read after its time settled. */
    boolean isCurrent(Path directory, Stamp directoryStamp) {
        return this.directory.equals(directory) && this.directoryStamp.equals(directoryStamp)
                && directoryStamp.isSettledAt(readAt);
    }

    Map<String, FolderEntry> entries() {
        return entries;
    }

    Optional<FolderEntry> entry(String name) {
        return Optional.ofNullable(entries.get(name));
    }

    /** Sub-folders that may be shown, in {@link NaturalOrder}. */
    List<FolderEntry> folders() {
        return folders;
    }

    /** Videos that may be shown, in {@code order}; sorted once per listing. */
    List<FolderEntry> videos(VideoOrder order) {
        if (order == VideoOrder.NAME) {
            return videosByName;
        }
        synchronized (videos) {
            return videos.computeIfAbsent(order, wanted -> videosByName.stream().sorted(wanted.comparator()).toList());
        }
    }

    /**
     * The entries a link leads elsewhere ({@link FolderEntry#elsewhere}), refused ones included: the only ones
     * whose place is not this folder's, so the only ones a view judges apart from it. Usually none.
     */
    List<FolderEntry> elsewhere() {
        return elsewhere;
    }

    /** Everything kept, refused entries included: what this listing costs in memory. */
    int size() {
        return entries.size();
    }

    /**
     * This listing with some entries read again: each name maps to the entry now, or to empty when it
     * has gone. The result was read at the same moment as this one, as far as the names go.
     */
    Listing with(Map<String, Optional<FolderEntry>> reread) {
        Map<String, FolderEntry> updated = new HashMap<>(entries);
        boolean sameNames = true;
        for (Map.Entry<String, Optional<FolderEntry>> change : reread.entrySet()) {
            FolderEntry before = entries.get(change.getKey());
            FolderEntry after = change.getValue().orElse(null);
            sameNames &= before != null && after != null && before.kind() == after.kind();
            if (after == null) {
                updated.remove(change.getKey());
            } else {
                updated.put(change.getKey(), after);
            }
        }
        return new Listing(directory, directoryStamp, readAt, Map.copyOf(updated),
                sameNames ? Optional.of(this) : Optional.empty());
    }

    private List<FolderEntry> sorted(FolderEntry.Kind kind) {
        Comparator<FolderEntry> byName = VideoOrder.NAME.comparator();
        return entries.values().stream().filter(entry -> entry.is(kind)).sorted(byName).toList();
    }
}

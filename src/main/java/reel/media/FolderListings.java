package reel.media;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The folders reel has listed, kept so that showing one again costs a {@code stat} of the folder and of
 * the entries the view depends on, not a reading of every entry and header.
 *
 * <p>Freshness: a listing stands while its folder's stamp (time and inode) is the one it was read under,
 * so an entry added, removed or renamed, or a file renamed over another, is seen at the next view; the
 * folder is then read again, and only new or changed entries are checked and have their header read. A
 * file rewritten in place changes its own time but not its folder's: callers {@link #reread} the
 * entries a view shows or sorts by, and a changed one is read again.
 *
 * <p>Memory: at most {@code maxEntries} entries are kept across all folders (240 to 350 bytes each,
 * measured; docs/OPERATIONS.md); the folders listed longest ago leave first, and a folder bigger than the
 * whole budget is read every time instead of being kept.
 */
final class FolderListings {

    /** At most about 15 MB: a folder of ten thousand videos and a few hundred ordinary folders beside it. */
    static final int MAX_ENTRIES = 50_000;

    private final FolderReader reader;
    private final Clock clock;
    private final int maxEntries;
    // Least recently used first; guarded by this.
    private final LinkedHashMap<LibraryPath, Listing> listings = new LinkedHashMap<>(16, 0.75f, true);
    private int keptEntries;

    FolderListings(Path root, Clock clock, int maxEntries) {
        this.reader = new FolderReader(root);
        this.clock = clock;
        this.maxEntries = maxEntries;
    }

    /**
     * The listing of the folder at {@code path}, whose real path is {@code directory}: the kept one while
     * it is current, otherwise read again; empty when it is not a folder or cannot be listed.
     */
    Optional<Listing> current(LibraryPath path, Path directory) {
        Instant now = clock.instant();
        Optional<Stamp> stamp = Stamp.of(directory).filter(Stamp::isDirectory);
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        Optional<Listing> kept = kept(path);
        if (kept.isPresent() && kept.get().isCurrent(directory, stamp.get())) {
            return kept;
        }
        Map<String, FolderEntry> known = kept.filter(listing -> listing.directory().equals(directory))
                .map(Listing::entries).orElse(Map.of());
        Optional<Listing> read = reader.read(directory, known, now)
                .map(entries -> new Listing(directory, stamp.get(), now, entries));
        read.ifPresent(listing -> keep(path, kept, listing));
        return read;
    }

    /** {@code listing} with the entries of {@code names} stat'ed again, and read again if they changed. */
    Listing reread(LibraryPath path, Listing listing, Collection<String> names) {
        Instant now = clock.instant();
        Map<String, Optional<FolderEntry>> changed = new HashMap<>();
        for (String name : names) {
            listing.entry(name).ifPresent(known -> {
                Optional<FolderEntry> entry = reader.reread(listing.directory(), known, now);
                if (!entry.equals(Optional.of(known))) {
                    changed.put(name, entry);
                }
            });
        }
        if (changed.isEmpty()) {
            return listing;
        }
        Listing updated = listing.with(changed);
        keep(path, Optional.of(listing), updated);
        return updated;
    }

    private synchronized Optional<Listing> kept(LibraryPath path) {
        return Optional.ofNullable(listings.get(path));
    }

    /** Keeps {@code listing} in place of {@code replaced}, unless another view kept a newer one meanwhile. */
    private synchronized void keep(LibraryPath path, Optional<Listing> replaced, Listing listing) {
        Listing current = listings.get(path);
        if (current != null && (replaced.isEmpty() || current != replaced.get())) {
            return;
        }
        if (current != null) {
            listings.remove(path);
            keptEntries -= current.size();
        }
        if (listing.size() > maxEntries) {
            return;
        }
        Iterator<Listing> oldestFirst = listings.values().iterator();
        while (keptEntries + listing.size() > maxEntries && oldestFirst.hasNext()) {
            keptEntries -= oldestFirst.next().size();
            oldestFirst.remove();
        }
        listings.put(path, listing);
        keptEntries += listing.size();
    }
}

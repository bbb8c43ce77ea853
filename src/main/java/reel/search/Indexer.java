package reel.search;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import reel.media.LibraryPath;
import reel.media.FolderScan;
import reel.media.MediaLibrary;
import reel.media.NaturalOrder;

/**
 * Fills a {@link LibraryIndex} from the library and keeps it fresh by modification times: no file
 * system notifications, which network shares do not send and which overflow on large copies. Every
 * folder is read through {@link MediaLibrary#scan}, so the index holds exactly what the library shows.
 *
 * <p>{@link #build} reads every folder once, breadth first. Each {@link #refresh} then does a bounded
 * amount of work, counted in file-system calls: it looks at folders' own modification times, round robin,
 * and lists again those that changed (a file added, removed, renamed, or replaced by renaming over it),
 * which also finds new and vanished sub-folders; with what is left it looks at videos' size and time,
 * round robin, which finds a file rewritten in place. A folder listed less than {@link #SETTLED} after
 * its last change is listed again on the next look, since a second change within the file system's clock
 * tick would leave its time as it was.
 *
 * <p>Each real folder is indexed under one path only, the first found: a link to a folder already indexed
 * (an ancestor, in a loop, or a second name for the same folder) is found by its own name, but its
 * contents are found under the first path. One thread only may call this class.
 */
final class Indexer {

    static final int CALLS_PER_REFRESH = 4096;
    static final Duration SETTLED = Duration.ofSeconds(2);

    private static final Logger LOG = Logger.getLogger(Indexer.class.getName());

    private final MediaLibrary library;
    private final LibraryIndex index;
    private final Clock clock;
    private final int callsPerRefresh;
    /** Folders to list, in the order found; a set, so a folder changed twice is listed once. */
    private final Set<LibraryPath> pending = new LinkedHashSet<>();
    /** Which path indexes each real folder. */
    private final Map<Path, LibraryPath> owners = new HashMap<>();
    /** Other paths found leading to an indexed folder: links, loops and second names. */
    private final Map<Path, Set<LibraryPath>> secondNames = new HashMap<>();
    private final Looks looks = new Looks();
    private final long startNanos = System.nanoTime();

    Indexer(MediaLibrary library, LibraryIndex index, Clock clock, int callsPerRefresh) {
        this.library = library;
        this.index = index;
        this.clock = clock;
        this.callsPerRefresh = callsPerRefresh;
        pending.add(LibraryPath.ROOT);
    }

    /** Lists every folder not yet listed, so that the index is ready; stops early when the thread is interrupted. */
    void build() {
        while (!pending.isEmpty() && !Thread.currentThread().isInterrupted()) {
            list(next());
        }
        readyWhenAllListed();
    }

    /** One bounded round of keeping fresh: folders' times, the folders that changed, then videos. */
    void refresh() {
        Budget budget = new Budget(callsPerRefresh);
        looks.atFolders(index, budget, pending::add);
        // At least one listing, however much the looks took, so that a folder larger than the budget is listed.
        boolean listed = false;
        while (!pending.isEmpty() && (!listed || !budget.isSpent())) {
            budget.spend(list(next()));
            listed = true;
        }
        looks.atVideos(index, budget, pending::add);
        // A build cut short by a failure is finished here, a bounded step at a time.
        readyWhenAllListed();
    }

    private void readyWhenAllListed() {
        if (pending.isEmpty() && !index.isReady()) {
            Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
            index.ready(took);
            IndexStatus status = index.status();
            LOG.info(() -> String.format(Locale.ROOT, "reel library index ready: %s and %s, read in %.1f s",
                    count(status.videos(), "video"), count(status.folders(), "folder"), took.toMillis() / 1000.0));
        }
    }

    private static String count(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private LibraryPath next() {
        Iterator<LibraryPath> first = pending.iterator();
        LibraryPath path = first.next();
        first.remove();
        return path;
    }

    /** Lists one folder into the index, or takes it out; answers the file-system calls that took. */
    private int list(LibraryPath path) {
        Optional<FolderScan> listing = library.scan(path);
        if (listing.isEmpty()) {
            // A media folder that is gone for now (unmounted, its permissions changed) keeps its index: every
            // page answers 503 meanwhile, and its new time or identity has it listed again once it is back.
            if (!path.isRoot()) {
                removeTree(path);
            }
            return 1;
        }
        FolderScan folder = listing.get();
        if (index.folder(path).filter(before -> !before.directory().equals(folder.directory())).isPresent()) {
            removeTree(path);
        }
        LibraryPath owner = owners.putIfAbsent(folder.directory(), path);
        if (owner != null && !owner.equals(path)) {
            secondName(folder.directory(), path);
            return 1;
        }
        index.folder(path).ifPresent(before -> removeGoneFolders(before, folder));
        index.put(FolderEntries.of(folder, isSettled(folder.modified())));
        List<FolderScan.Item> subfolders = folder.folders().stream()
                .sorted(Comparator.comparing(FolderScan.Item::name, NaturalOrder.INSTANCE)).toList();
        for (FolderScan.Item subfolder : subfolders) {
            LibraryPath child = path.child(subfolder.name());
            LibraryPath childOwner = owners.get(subfolder.real());
            if (childOwner == null) {
                pending.add(child);
            } else if (!childOwner.equals(child)) {
                secondName(subfolder.real(), child);
            }
        }
        return 1 + folder.folders().size() + folder.videos().size();
    }

    /** Sub-folders gone from the listing, or now leading to another folder, with everything under them. */
    private void removeGoneFolders(FolderEntries before, FolderScan now) {
        Map<String, Path> real = new HashMap<>();
        now.folders().forEach(item -> real.put(item.name(), item.real()));
        for (Entry folder : before.folders()) {
            LibraryPath child = before.path().child(folder.name());
            Optional<Path> leadsTo = Optional.ofNullable(real.get(folder.name()));
            if (leadsTo.isEmpty() || index.folder(child).filter(old -> !old.directory().equals(leadsTo.get())).isPresent()) {
                removeTree(child);
            }
        }
    }

    /** Remembers a path to a folder that another path indexes, to index it there if that one goes. */
    private void secondName(Path directory, LibraryPath path) {
        secondNames.computeIfAbsent(directory, key -> new LinkedHashSet<>()).add(path);
    }

    private void removeTree(LibraryPath path) {
        for (FolderEntries removed : index.removeTree(path)) {
            if (owners.remove(removed.directory(), removed.path())) {
                Set<LibraryPath> others = secondNames.remove(removed.directory());
                if (others != null) {
                    pending.addAll(others);
                }
            }
        }
    }

    private boolean isSettled(FileTime modified) {
        return Duration.between(modified.toInstant(), clock.instant()).compareTo(SETTLED) >= 0;
    }
}

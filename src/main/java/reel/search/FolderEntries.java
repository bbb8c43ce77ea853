package reel.search;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import reel.media.LibraryPath;
import reel.media.FolderScan;

/**
 * One folder of the library as the index holds it: where it really is, how it looked when listed, and
 * the folders and videos it shows. Immutable; the indexer replaces it whole.
 *
 * @param place where the folder really is, as the library's names: {@code path} unless a link on the way leads
 *     elsewhere (a folder is indexed under the first path found to it)
 * @param elsewhere by name, the entries a link leads elsewhere than beside them in {@code place}; usually none
 * @param stamp the folder's own modification time and file identity when it was listed; any change to
 *     its entries (a file added, removed or renamed, or replaced by renaming over it) changes the time
 * @param settled whether the folder's time was older than {@link Indexer#SETTLED} when it was listed;
 *     if not, a change in the same clock tick would leave the time as it was, so it is listed again
 */
record FolderEntries(LibraryPath path, Path directory, LibraryPath place, Map<String, LibraryPath> elsewhere,
        Stamp stamp, boolean settled, List<Entry> folders, List<Entry> videos) {

    FolderEntries {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(place, "place");
        elsewhere = Map.copyOf(elsewhere);
        Objects.requireNonNull(stamp, "stamp");
        folders = List.copyOf(folders);
        videos = List.copyOf(videos);
    }

    /** @param identity the file system's key for the folder (device and inode on Linux), "null" where there is none */
    record Stamp(FileTime modified, String identity) {

        static Stamp of(BasicFileAttributes attributes) {
            return new Stamp(attributes.lastModifiedTime(), String.valueOf(attributes.fileKey()));
        }
    }

    static FolderEntries of(FolderScan scan, boolean settled) {
        Map<String, LibraryPath> elsewhere = new HashMap<>();
        Stream.concat(scan.folders().stream(), scan.videos().stream())
                .forEach(item -> item.elsewhere().ifPresent(place -> elsewhere.put(item.name(), place)));
        // Nearly always the same names: keep one copy of them, as there may be ten thousand folders.
        LibraryPath place = scan.place().equals(scan.path()) ? scan.path() : scan.place();
        return new FolderEntries(scan.path(), scan.directory(), place, elsewhere,
                new Stamp(scan.modified(), scan.identity()), settled,
                scan.folders().stream().map(Entry::folder).toList(),
                scan.videos().stream().map(Entry::video).toList());
    }

    /** The same folder with one video's facts replaced. */
    FolderEntries withVideo(int index, Entry video) {
        List<Entry> changed = new ArrayList<>(videos);
        changed.set(index, video);
        return new FolderEntries(path, directory, place, elsewhere, stamp, settled, folders, changed);
    }

    /** Whether {@code mayEnter} takes both this folder's path and where it really is. */
    boolean isSeen(Predicate<LibraryPath> mayEnter) {
        return mayEnter.test(path) && (place.equals(path) || mayEnter.test(place));
    }

    /** The sub-folders {@code mayEnter} takes, by their path and where each really is. */
    List<Entry> folders(Predicate<LibraryPath> mayEnter) {
        boolean placeIsPath = place.equals(path);
        return folders.stream().filter(folder -> mayEnter.test(path.child(folder.name()))
                && placeApart(folder.name(), placeIsPath).map(mayEnter::test).orElse(true)).toList();
    }

    /** Where an entry really is when that is not its path: a link to it, or one on the way to this folder. */
    private Optional<LibraryPath> placeApart(String name, boolean placeIsPath) {
        Optional<LibraryPath> linked = Optional.ofNullable(elsewhere.get(name));
        return linked.isPresent() || placeIsPath ? linked : Optional.of(place.child(name));
    }

    /**
     * The videos {@code mayEnter} takes, in a folder it takes: all but those a link leads where it does not,
     * the others being where their folder is.
     */
    List<Entry> videos(Predicate<LibraryPath> mayEnter) {
        if (elsewhere.isEmpty()) {
            return videos;
        }
        return videos.stream().filter(video -> Optional.ofNullable(elsewhere.get(video.name()))
                .map(mayEnter::test).orElse(true)).toList();
    }

    /** The key the index files this folder under: its path, so that a folder's descendants follow it in order. */
    static String key(LibraryPath path) {
        return path.toString();
    }
}

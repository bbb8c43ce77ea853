package reel.search;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import reel.media.LibraryPath;
import reel.media.FolderScan;

/**
 * One folder of the library as the index holds it: where it really is, how it looked when listed, and
 * the folders and videos it shows. Immutable; the indexer replaces it whole.
 *
 * @param stamp the folder's own modification time and file identity when it was listed; any change to
 *     its entries (a file added, removed or renamed, or replaced by renaming over it) changes the time
 * @param settled whether the folder's time was older than {@link Indexer#SETTLED} when it was listed;
 *     if not, a change in the same clock tick would leave the time as it was, so it is listed again
 */
record FolderEntries(LibraryPath path, Path directory, Stamp stamp, boolean settled, List<Entry> folders,
        List<Entry> videos) {

    FolderEntries {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(directory, "directory");
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
        return new FolderEntries(scan.path(), scan.directory(), new Stamp(scan.modified(), scan.identity()), settled,
                scan.folders().stream().map(Entry::folder).toList(),
                scan.videos().stream().map(Entry::video).toList());
    }

    /** The same folder with one video's facts replaced. */
    FolderEntries withVideo(int index, Entry video) {
        List<Entry> changed = new ArrayList<>(videos);
        changed.set(index, video);
        return new FolderEntries(path, directory, stamp, settled, folders, changed);
    }

    /** The key the index files this folder under: its path, so that a folder's descendants follow it in order. */
    static String key(LibraryPath path) {
        return path.toString();
    }
}

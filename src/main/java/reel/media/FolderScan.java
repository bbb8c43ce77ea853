package reel.media;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A folder's folders and videos as the library shows them, read for an index of the whole library: where
 * the folder really is and its stamp (a new time or identity means entries came or went), and each entry
 * with where it really is, after links, its size and its time. No header is read and nothing is kept, so
 * reading the whole library this way leaves {@link MediaLibrary#list}'s kept listings as they were.
 * Entries are in the order the file system gave them.
 *
 * @param place where the folder really is, as the library's names: {@code path} unless a link on the way leads
 *     elsewhere
 * @param identity the file system's key for the folder (device and inode on Linux); "null" where it has none
 */
public record FolderScan(LibraryPath path, LibraryPath place, Path directory, FileTime modified, String identity,
        List<Item> folders, List<Item> videos) {

    public FolderScan {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(identity, "identity");
        folders = List.copyOf(folders);
        videos = List.copyOf(videos);
    }

    /**
     * @param name as the library shows it, the last segment of its URL; a link may lead to a file named otherwise
     * @param elsewhere where a link leads, as the library's names, when that is not beside it in the folder's
     *     {@code place}; empty for everything else
     */
    public record Item(String name, Path real, Optional<LibraryPath> elsewhere, long size, FileTime modified) {

        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(real, "real");
            Objects.requireNonNull(elsewhere, "elsewhere");
            Objects.requireNonNull(modified, "modified");
        }
    }
}

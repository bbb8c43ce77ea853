package reel.media;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A folder as {@link MediaLibrary#list} shows it, for an index of the whole library: where it really is
 * and its attributes (a new modification time means entries came or went), and its visible folders and
 * videos, each with where it really is, after links, and the attributes of that. No header is read, and
 * the entries are in the order the file system gave them.
 */
public record Listing(LibraryPath path, Path directory, BasicFileAttributes attributes, List<Item> folders,
        List<Item> videos) {

    public Listing {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(attributes, "attributes");
        folders = List.copyOf(folders);
        videos = List.copyOf(videos);
    }

    /** @param name as the library shows it, the last segment of its URL; a link may lead to a file named otherwise */
    public record Item(String name, Path real, BasicFileAttributes attributes) {

        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(real, "real");
            Objects.requireNonNull(attributes, "attributes");
        }
    }

    static Listing of(LibraryPath path, Path directory, BasicFileAttributes attributes, List<Entries.Entry> entries) {
        List<Item> folders = new ArrayList<>();
        List<Item> videos = new ArrayList<>();
        for (Entries.Entry entry : entries) {
            if (entry.isFolder()) {
                folders.add(new Item(entry.name(), entry.real(), entry.attributes()));
            } else if (entry.isVideo()) {
                videos.add(new Item(entry.name(), entry.real(), entry.attributes()));
            }
        }
        return new Listing(path, directory, attributes, folders, videos);
    }
}

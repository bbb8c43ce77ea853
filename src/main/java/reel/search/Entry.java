package reel.search;

import java.nio.file.attribute.BasicFileAttributes;
import reel.media.FileName;
import reel.media.FolderScan;

/**
 * One folder or video as the index keeps it, small because there may be a hundred thousand: its name in
 * its folder, the words it is found by ({@link Words#searchText}), and for a video the size and modification
 * time (milliseconds since the epoch) it had when last looked at.
 */
record Entry(String name, String words, long size, long modifiedMillis) {

    /** A folder is found by its whole name. */
    static Entry folder(FolderScan.Item item) {
        return new Entry(item.name(), Words.searchText(item.name()), 0, item.modified().toMillis());
    }

    /** A video by its title: the extension says only what kind of file it is, which every video shares. */
    static Entry video(FolderScan.Item item) {
        return new Entry(item.name(), title(item.name()), item.size(), item.modified().toMillis());
    }

    /** The same video, rewritten in place: its new size and time. */
    static Entry video(String name, BasicFileAttributes attributes) {
        return new Entry(name, title(name), attributes.size(), millis(attributes));
    }

    private static String title(String name) {
        return Words.searchText(new FileName(name).stem());
    }

    /** Whether the file has been rewritten since the index looked: a new size or modification time. */
    boolean differsFrom(BasicFileAttributes attributes) {
        return size != attributes.size() || modifiedMillis != millis(attributes);
    }

    private static long millis(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().toMillis();
    }
}

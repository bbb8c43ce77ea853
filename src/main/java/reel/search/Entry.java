package reel.search;

import java.nio.file.attribute.BasicFileAttributes;
import reel.media.FileName;
import reel.media.Listing;

/**
 * One folder or video as the index keeps it, small because there may be a hundred thousand: its name in
 * its folder, the words it is found by ({@link Words#searchText}), and for a video the size and modification
 * time (milliseconds since the epoch) it had when last looked at.
 */
record Entry(String name, String words, long size, long modifiedMillis) {

    /** A folder is found by its whole name. */
    static Entry folder(Listing.Item item) {
        return new Entry(item.name(), Words.searchText(item.name()), 0, millis(item.attributes()));
    }

    /** A video by its title: the extension says only what kind of file it is, which every video shares. */
    static Entry video(Listing.Item item) {
        return video(item.name(), item.attributes());
    }

    static Entry video(String name, BasicFileAttributes attributes) {
        return new Entry(name, Words.searchText(new FileName(name).stem()), attributes.size(), millis(attributes));
    }

    /** Whether the file has been rewritten since the index looked: a new size or modification time. */
    boolean differsFrom(BasicFileAttributes attributes) {
        return size != attributes.size() || modifiedMillis != millis(attributes);
    }

    private static long millis(BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().toMillis();
    }
}

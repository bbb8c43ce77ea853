package reel.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one {@code stat} says of a file or folder, after links: enough to tell that it changed since it
 * was last looked at. A file rewritten in place keeps its inode but gets a new time; one renamed over
 * it is another inode ({@code fileKey}); a folder gets a new time whenever an entry is added, removed
 * or renamed.
 */
record Stamp(Object fileKey, long size, FileTime modified, boolean isDirectory, boolean isRegularFile) {

    /**
     * File systems stamp times from a coarse clock (a scheduler tick on Linux, 2 s on FAT), so a second
     * change within one tick leaves the time as it was. Whatever was read that close after its own time
     * is read again next time, as Git treats "racily clean" files.
     */
    static final Duration RACY_WINDOW = Duration.ofSeconds(2);

    Stamp {
        Objects.requireNonNull(modified, "modified");
    }

    /** The stamp of what {@code path} leads to; empty when it cannot be read (gone, a broken link). */
    static Optional<Stamp> of(Path path) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return Optional.of(new Stamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime(),
                    attributes.isDirectory(), attributes.isRegularFile()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Whether what was read at {@code readAt} is sure to have seen every change with this stamp's time. */
    boolean isSettledAt(Instant readAt) {
        return readAt.isAfter(modified.toInstant().plus(RACY_WINDOW));
    }
}

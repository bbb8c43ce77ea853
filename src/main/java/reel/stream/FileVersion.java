package reel.stream;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import reel.media.MediaFile;

/**
 * Whether the file a stream reads has changed since its reply was decided. A strong ETag labels one
 * representation (RFC 9110 §8.8.1), so a body that mixes bytes from before and after a rewrite in place
 * ({@code rsync --inplace}, a tagger, {@code ffmpeg -y} onto the same name) must not go out under it.
 */
@FunctionalInterface
interface FileVersion {

    boolean changed();

    /**
     * Compares the open file's size, and the modification time and size at its path, with the decided
     * ones. A path that now names another file (replaced by a rename, or deleted) is no change: the open
     * descriptor still reads the version that was decided, whole.
     */
    static FileVersion of(FileChannel channel, MediaFile file) {
        Optional<Object> opened = fileKey(file.path());
        return () -> {
            try {
                if (channel.size() != file.size()) {
                    return true;
                }
                BasicFileAttributes now = Files.readAttributes(file.path(), BasicFileAttributes.class);
                if (opened.isPresent() && !opened.get().equals(now.fileKey())) {
                    return false;
                }
                return now.size() != file.size() || !now.lastModifiedTime().toInstant().equals(file.modified());
            } catch (IOException gone) {
                return false;
            }
        };
    }

    /** The identity (device and inode) of the file at {@code path} now, right after it was opened. */
    private static Optional<Object> fileKey(Path path) {
        try {
            return Optional.ofNullable(Files.readAttributes(path, BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

package reel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.media.LibraryPath;
import reel.media.MediaFile;

/** What counts as a change under a running stream, on real files. */
class FileVersionTest {

    private static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path folder;

    private Path path;
    private MediaFile file;

    @BeforeEach
    void write() throws IOException {
        path = Files.write(folder.resolve("clip.mp4"), new byte[1000]);
        Files.setLastModifiedTime(path, FileTime.from(MODIFIED));
        file = new MediaFile(path, LibraryPath.ROOT.child("clip.mp4"), "clip.mp4", 1000, MODIFIED, "video/mp4");
    }

    @Test
    void anUntouchedFileHasNotChanged() throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            assertEquals(false, FileVersion.of(channel, file).changed());
        }
    }

    /** What rsync --inplace and dd conv=notrunc do: the same size, other bytes, a new modification time. */
    @Test
    void aRewriteInPlaceIsAChange() throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            FileVersion version = FileVersion.of(channel, file);
            try (RandomAccessFile writer = new RandomAccessFile(path.toFile(), "rw")) {
                writer.seek(500);
                writer.write(new byte[] {1, 2, 3});
            }
            Files.setLastModifiedTime(path, FileTime.from(MODIFIED.plusMillis(1)));

            assertEquals(true, version.changed());
        }
    }

    @Test
    void aTruncatedOrGrownFileIsAChange() throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            FileVersion version = FileVersion.of(channel, file);
            try (FileChannel writer = FileChannel.open(path, StandardOpenOption.WRITE)) {
                writer.truncate(10);
            }
            assertEquals(true, version.changed());
        }
        Files.write(path, new byte[2000]);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            assertEquals(true, FileVersion.of(channel, file).changed());
        }
    }

    /** A new file renamed over the old name, or the name removed: the open descriptor still reads the old bytes. */
    @Test
    void aReplacedOrDeletedNameIsNoChangeToTheOpenFile() throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            FileVersion version = FileVersion.of(channel, file);
            Path next = Files.write(folder.resolve("next.tmp"), new byte[1000]);
            Files.move(next, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertEquals(false, version.changed());

            Files.delete(path);
            assertEquals(false, version.changed());
        }
    }
}

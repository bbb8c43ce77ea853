package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health check's file count: reused for a while on a clock the test moves, never for a root that went away. */
class RecentFileCountTest {

    @TempDir
    Path base;

    @Test
    void aCountIsReusedUntilItIsThirtySecondsOld() throws Exception {
        Path root = Files.createDirectory(base.resolve("library"));
        Files.writeString(root.resolve("a.mp4"), "a");
        long[] now = {0};
        RecentFileCount count = new RecentFileCount(() -> now[0]);
        MediaLibrary library = new MediaLibrary(root);

        assertEquals(OptionalLong.of(1), count.of(library));
        Files.writeString(root.resolve("b.mp4"), "b");
        now[0] += RecentFileCount.KEEP.toNanos() - 1;
        assertEquals(OptionalLong.of(1), count.of(library));
        now[0] += 1;
        assertEquals(OptionalLong.of(2), count.of(library));
    }

    @Test
    void aRootThatWentAwayIsSeenAtOnce() throws Exception {
        Path root = Files.createDirectory(base.resolve("library"));
        Files.writeString(root.resolve("a.mp4"), "a");
        RecentFileCount count = new RecentFileCount(() -> 0L);
        MediaLibrary library = new MediaLibrary(root);
        assertEquals(OptionalLong.of(1), count.of(library));

        Files.delete(root.resolve("a.mp4"));
        Files.delete(root);

        assertEquals(OptionalLong.empty(), count.of(library));
    }
}

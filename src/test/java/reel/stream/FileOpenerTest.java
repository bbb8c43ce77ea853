package reel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.media.LibraryPath;
import reel.media.MediaFile;

/** Opening a file answers Opened, Gone or Unreadable; nothing is thrown past it. */
class FileOpenerTest {

    @TempDir
    Path folder;

    @Test
    void aFileThatIsThereIsOpened() throws IOException {
        MediaFile file = file(Files.write(folder.resolve("clip.mp4"), new byte[10]));
        FileOpener.Opened opened = assertInstanceOf(FileOpener.Opened.class, FileOpener.READ.attempt(file));
        try (var channel = opened.channel()) {
            assertEquals(10, channel.size());
        }
    }

    @Test
    void aFileRemovedSinceTheLibraryFoundItIsGone() {
        assertInstanceOf(FileOpener.Gone.class, FileOpener.READ.attempt(file(folder.resolve("gone.mp4"))));
    }

    @Test
    void aFileThatCannotBeReadIsUnreadableWithItsCause() {
        FileOpener denied = file -> {
            throw new AccessDeniedException(file.path().toString());
        };
        FileOpener.Unreadable unreadable = assertInstanceOf(FileOpener.Unreadable.class,
                denied.attempt(file(folder.resolve("secret.mp4"))));
        assertTrue(unreadable.cause() instanceof AccessDeniedException);
    }

    private static MediaFile file(Path path) {
        return new MediaFile(path, LibraryPath.ROOT.child(path.getFileName().toString()), path.getFileName().toString(), 10, Instant.EPOCH, "video/mp4");
    }
}

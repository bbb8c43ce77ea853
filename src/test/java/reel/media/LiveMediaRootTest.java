package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.stream.RecordedLog;

class LiveMediaRootTest {

    @TempDir
    Path temp;

    private Path folder;
    private MediaRoot.Available atStartup;
    private RecordedLog log;

    @BeforeEach
    void startWithAFolder() throws IOException {
        folder = Files.createDirectory(temp.resolve("videos"));
        Files.writeString(folder.resolve("a.mp4"), "a");
        atStartup = new MediaRoot.Available(new MediaLibrary(folder), "context parameter reel.media.dir");
        log = RecordedLog.of(LiveMediaRoot.class);
    }

    @AfterEach
    void stopRecording() {
        log.close();
    }

    @Test
    void aFolderThatIsThereIsTheLibraryFromStartup() {
        LiveMediaRoot root = new LiveMediaRoot(atStartup);

        assertSame(atStartup, root.now());
        assertEquals(List.of(), log.records());
    }

    @Test
    void aFolderMovedAwayIsUnavailableWithOneWarningAndServedAgainWithOneInfoWhenBack() throws IOException {
        LiveMediaRoot root = new LiveMediaRoot(atStartup);
        Path away = temp.resolve("elsewhere");
        Files.move(folder, away);

        MediaRoot.Unavailable first = assertInstanceOf(MediaRoot.Unavailable.class, root.now());
        assertInstanceOf(MediaRoot.Unavailable.class, root.now());
        assertEquals("reel cannot show videos: the media folder " + folder + " (from context parameter reel.media.dir)"
                + " does not exist any more. It was there when reel started; reel serves it again as soon as it is back.",
                first.message());
        assertEquals(List.of(Level.WARNING), log.levelsAtOrAbove(Level.INFO));

        Files.move(away, folder);
        assertSame(atStartup, root.now());
        assertSame(atStartup, root.now());
        assertEquals(List.of(Level.WARNING, Level.INFO), log.levelsAtOrAbove(Level.INFO));
    }

    @Test
    void aFileWhereTheFolderWasIsNotAFolder() throws IOException {
        Files.move(folder, temp.resolve("elsewhere"));
        Files.writeString(folder, "not a folder");

        assertEquals(Optional.of("is not a folder any more"), LiveMediaRoot.problemWith(folder));
    }

    @Test
    void aFolderThatCannotBeReadIsUnavailable() {
        LiveMediaRoot root = new LiveMediaRoot(atStartup, path -> Optional.of("cannot be read"));

        MediaRoot.Unavailable unavailable = assertInstanceOf(MediaRoot.Unavailable.class, root.now());
        assertEquals(true, unavailable.message().contains(folder + " (from context parameter reel.media.dir) cannot be read."));
    }

    @Test
    void aFolderThatWasNeverThereStaysExplainedAsAtStartupWithoutAnotherLogLine() {
        MediaRoot.Unavailable notSet = new MediaRoot.Unavailable("reel cannot show videos: the media folder is not set.");
        LiveMediaRoot root = new LiveMediaRoot(notSet, path -> Optional.of("never asked"));

        assertSame(notSet, root.now());
        assertEquals(List.of(), log.records());
    }
}

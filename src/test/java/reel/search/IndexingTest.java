package reel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.media.MediaLibrary;
import reel.stream.RecordedLog;

/** The thread that builds and refreshes the index: it says once when the index is ready, and stops when closed. */
class IndexingTest {

    @TempDir
    Path root;

    private RecordedLog log;

    @BeforeEach
    void record() {
        log = RecordedLog.of(Indexer.class);
    }

    @AfterEach
    void stopRecording() {
        log.close();
    }

    @Test
    void buildsInTheBackgroundSaysSoOnceAndStopsWhenClosed() throws Exception {
        new TestLibrary(root).video("a.mp4").video("Shorts/b.mp4");

        try (Indexing indexing = Indexing.start(new MediaLibrary(root))) {
            AwaitIndex.ready(indexing.index());
            assertTrue(indexingThreadsAlive() >= 1, "the thread keeps the index fresh");
        }

        assertEquals(0, indexingThreadsAlive(), "no thread left behind");
        List<String> lines = log.messagesAtOrAbove(Level.INFO);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).matches("INFO reel library index ready: 2 videos and 1 folder, read in \\d+\\.\\d s"),
                lines.get(0));
    }

    @Test
    void withoutALibraryNothingRunsAndTheIndexNeverClaimsToBeComplete() {
        Indexing none = Indexing.none();

        none.close();

        assertInstanceOf(IndexStatus.Building.class, none.index().status());
    }

    private static long indexingThreadsAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(Indexing.THREAD_NAME) && thread.isAlive()).count();
    }

}

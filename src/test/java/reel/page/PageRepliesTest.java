package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.media.LibraryPath;
import reel.media.MediaLibrary;
import reel.media.MediaRoot;
import reel.search.IndexStatus;
import reel.search.RecentVideos;
import reel.search.Video;

/** Every page answer, decided over a real library folder; no container involved. */
class PageRepliesTest {

    private static final Supplier<RecentVideos> NOTHING_RECENT =
            () -> new RecentVideos(new IndexStatus.Ready(0, 0, Duration.ZERO), List.of());

    @TempDir
    Path root;

    private MediaLibrary available;

    @BeforeEach
    void buildLibrary() throws IOException {
        for (String file : List.of("Test Pattern.mp4", "Test Pattern.vtt", "notes.txt", "Shorts/Ep 2.mp4",
                "a b#?/c.mp4", ".hidden/x.mp4")) {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), "0123456789");
        }
        available = new MediaLibrary(root);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # the library and its folders
            ''       | /                   | 200 | href="/reel/browse/Shorts/"
            ''       | /                   | 200 | href="/reel/watch/Test%20Pattern.mp4"
            /browse  | /Shorts/            | 200 | href="/reel/watch/Shorts/Ep%202.mp4"
            /browse  | /a b#?/             | 200 | href="/reel/watch/a%20b%23%3F/c.mp4"
            # the player
            /watch   | /Test Pattern.mp4   | 200 | <source src="/reel/video/Test%20Pattern.mp4?v=a-
            /watch   | /Test Pattern.mp4   | 200 | src="/reel/video/Test%20Pattern.vtt?v=a-
            /watch   | /Shorts/Ep 2.mp4    | 200 | href="/reel/browse/Shorts/"
            # not found: nothing about the request is echoed
            /browse  | /missing/           | 404 | There is no folder or video at this address.
            /browse  | /../                | 404 | There is no folder or video at this address.
            /browse  | //                  | 404 | There is no folder or video at this address.
            /browse  | /.hidden/           | 404 | There is no folder or video at this address.
            /browse  | /a//b               | 404 | There is no folder or video at this address.
            /browse  | /Test Pattern.mp4/  | 404 | There is no folder or video at this address.
            /watch   | /missing.mp4        | 404 | There is no folder or video at this address.
            /watch   | /Shorts             | 404 | There is no folder or video at this address.
            /watch   | /notes.txt          | 404 | There is no folder or video at this address.
            /watch   | /Test Pattern.vtt   | 404 | There is no folder or video at this address.
            /watch   | /../etc/passwd      | 404 | There is no folder or video at this address.
            /watch   | null                | 404 | There is no folder or video at this address.
            /other   | /                   | 404 | There is no folder or video at this address.
            """)
    void answersWithAPage(String servletPath, String pathInfo, int status, String expectedInBody) {
        PageReply.Document document = assertInstanceOf(PageReply.Document.class,
                PageReplies.decide("/reel", servletPath, Optional.ofNullable(pathInfo), available, NOTHING_RECENT));

        assertEquals(status, document.status());
        assertTrue(document.html().contains(expectedInBody), document.html());
    }

    @ParameterizedTest(name = "{0} {1} -> 301 {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # a folder has one address, ending in a slash; the root's is the library's
            /browse  | /Shorts     | /reel/browse/Shorts/
            /browse  | /a b#?      | /reel/browse/a%20b%23%3F/
            /browse  | /missing    | /reel/browse/missing/
            /browse  | /           | /reel/
            /browse  | null        | /reel/
            """)
    void redirectsToTheSlashForm(String servletPath, String pathInfo, String expectedLocation) {
        PageReply reply = PageReplies.decide("/reel", servletPath, Optional.ofNullable(pathInfo), available, NOTHING_RECENT);

        assertEquals(new PageReply.Redirect(expectedLocation), reply);
        assertEquals(301, reply.status());
    }

    @Test
    void theLibraryHomeShowsTheRecentlyAddedRowAndFoldersNeverAskForIt() {
        Video newest = new Video(LibraryPath.parse("/Shorts/Ep 2.mp4").orElseThrow(), 10, Instant.parse("2025-01-02T03:04:05Z"));
        Supplier<RecentVideos> recent = () -> new RecentVideos(new IndexStatus.Ready(1, 2, Duration.ZERO), List.of(newest));
        Supplier<RecentVideos> unasked = () -> {
            throw new AssertionError("a folder page asked for the newest videos");
        };

        PageReply.Document home = assertInstanceOf(PageReply.Document.class,
                PageReplies.decide("/reel", "", Optional.empty(), available, recent));
        PageReply.Document folder = assertInstanceOf(PageReply.Document.class,
                PageReplies.decide("/reel", "/browse", Optional.of("/Shorts/"), available, unasked));

        assertTrue(home.html().contains("<h2 id=\"recent\">Recently added</h2>"), home.html());
        assertTrue(home.html().contains("href=\"/reel/watch/Shorts/Ep%202.mp4\""), home.html());
        assertFalse(folder.html().contains("Recently added"), folder.html());
    }

    @Test
    void aHostilePathIsNotRedirected() {
        PageReply reply = PageReplies.decide("/reel", "/browse", Optional.of("/../etc"), available, NOTHING_RECENT);

        assertEquals(404, reply.status());
    }

    @Test
    void anUnavailableMediaFolderIsExplainedWith503RetryAfterAndEscapedWords() {
        MediaRoot.Unavailable unavailable = new MediaRoot.Unavailable("the folder <b>/srv/v</b> & co does not exist");

        PageReply.Unavailable reply = PageReplies.unavailable("/reel", unavailable);

        assertEquals(503, reply.status());
        assertEquals(Duration.ofSeconds(10), reply.retryAfter());
        assertTrue(reply.html().contains("the folder &lt;b&gt;/srv/v&lt;/b&gt; &amp; co does not exist"), reply.html());
        assertFalse(reply.html().contains("<b>"), reply.html());
        assertTrue(reply.html().contains("href=\"/reel/\""), reply.html());
    }
}

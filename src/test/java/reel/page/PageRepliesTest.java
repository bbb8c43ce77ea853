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
                PageReplies.decide("/reel", servletPath, Optional.ofNullable(pathInfo), QueryParameters.NONE, available, NOTHING_RECENT));

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
        PageReply reply = PageReplies.decide("/reel", servletPath, Optional.ofNullable(pathInfo), QueryParameters.NONE, available, NOTHING_RECENT);

        assertEquals(new PageReply.Redirect(expectedLocation), reply);
        assertEquals(301, reply.status());
    }

    /** A folder of 250 videos: three pages of 120. */
    @ParameterizedTest(name = "{0}?{1} -> 302 {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # past the last page: the last page, with the same filter and order
            /Big/  | page=4                  | /reel/browse/Big/?page=3
            /Big/  | page=999999999          | /reel/browse/Big/?page=3
            /Big/  | page=99999999999999999999 | /reel/browse/Big/?page=3
            /Big/  | sort=newest&page=9      | /reel/browse/Big/?sort=newest&page=3
            /Big/  | q=clip 1&page=3         | /reel/browse/Big/?q=clip%201&page=2
            /Big/  | q=nothing&page=2        | /reel/browse/Big/?q=nothing
            # spelled otherwise: the one spelling of what was understood
            /Big/  | page=1                  | /reel/browse/Big/
            /Big/  | page=0                  | /reel/browse/Big/
            /Big/  | page=abc                | /reel/browse/Big/
            /Big/  | page=02                 | /reel/browse/Big/?page=2
            /Big/  | sort=bogus&page=2       | /reel/browse/Big/?page=2
            /Big/  | sort=name               | /reel/browse/Big/
            /Big/  | q=                      | /reel/browse/Big/
            /      | page=2                  | /reel/
            """)
    void aFolderViewThatIsNotThereIsFoundNearby(String pathInfo, String query, String expectedLocation) throws IOException {
        bigFolder();

        PageReply reply = decide(pathInfo, query);

        assertEquals(PageReply.Redirect.found(expectedLocation), reply);
        assertEquals(302, reply.status());
    }

    @ParameterizedTest(name = "{0}?{1} -> 200 {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /Big/  | ''                  | href="/reel/watch/Big/Clip%20120.mp4"
            /Big/  | ''                  | <a class="step" rel="next" href="/reel/browse/Big/?page=2">
            /Big/  | page=2              | <a class="step" rel="prev" href="/reel/browse/Big/">
            /Big/  | page=2              | href="/reel/watch/Big/Clip%20121.mp4"
            /Big/  | page=3              | <span class="range"> 241–250 of 250</span>
            /Big/  | sort=largest        | <a href="/reel/browse/Big/?sort=largest" aria-current="true">Largest</a>
            /Big/  | q=CLIP 25           | <span class="name">Clip 250</span>
            /Big/  | q=clip 25           | >4 matches</p>
            /Big/  | q=clip&sort=newest  | <a class="step" rel="next" href="/reel/browse/Big/?q=clip&amp;sort=newest&amp;page=2">
            /Big/  | utm_source=mail     | href="/reel/watch/Big/Clip%20120.mp4"
            """)
    void aFolderViewIsAPage(String pathInfo, String query, String expectedInBody) throws IOException {
        bigFolder();

        PageReply.Document document = assertInstanceOf(PageReply.Document.class, decide(pathInfo, query));

        assertEquals(200, document.status());
        assertTrue(document.html().contains(expectedInBody), document.html());
    }

    @Test
    void aMissingFolderIsNotFoundWhateverItsQuery() {
        assertEquals(404, decide("/missing/", "page=9").status());
    }

    private PageReply decide(String pathInfo, String query) {
        String servletPath = pathInfo.equals("/") ? "" : "/browse";
        return PageReplies.decide("/reel", servletPath, Optional.of(pathInfo), FolderQueryTest.parameters(query), available, NOTHING_RECENT);
    }

    private void bigFolder() throws IOException {
        Path big = Files.createDirectories(root.resolve("Big"));
        for (int i = 1; i <= 250; i++) {
            Files.writeString(big.resolve("Clip " + i + ".mp4"), "0123456789");
        }
    }

    @Test
    void theLibraryHomeShowsTheRecentlyAddedRowAndFoldersNeverAskForIt() {
        Video newest = new Video(LibraryPath.parse("/Shorts/Ep 2.mp4").orElseThrow(), 10, Instant.parse("2025-01-02T03:04:05Z"));
        Supplier<RecentVideos> recent = () -> new RecentVideos(new IndexStatus.Ready(1, 2, Duration.ZERO), List.of(newest));
        Supplier<RecentVideos> unasked = () -> {
            throw new AssertionError("a folder page asked for the newest videos");
        };

        PageReply.Document home = assertInstanceOf(PageReply.Document.class,
                PageReplies.decide("/reel", "", Optional.empty(), QueryParameters.NONE, available, recent));
        PageReply.Document folder = assertInstanceOf(PageReply.Document.class,
                PageReplies.decide("/reel", "/browse", Optional.of("/Shorts/"), QueryParameters.NONE, available, unasked));

        assertTrue(home.html().contains("<h2 id=\"recent\">Recently added</h2>"), home.html());
        assertTrue(home.html().contains("href=\"/reel/watch/Shorts/Ep%202.mp4\""), home.html());
        assertFalse(folder.html().contains("Recently added"), folder.html());
    }

    @Test
    void aHostilePathIsNotRedirected() {
        PageReply reply = PageReplies.decide("/reel", "/browse", Optional.of("/../etc"), QueryParameters.NONE, available, NOTHING_RECENT);

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

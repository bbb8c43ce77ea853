package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.media.LibraryPath;
import reel.search.Found;
import reel.search.IndexStatus;
import reel.search.Query;
import reel.search.SearchResults;
import reel.search.Video;

class SearchPageTest {

    private static final Links LINKS = new Links("/reel");
    private static final IndexStatus READY = new IndexStatus.Ready(40, 1234, Duration.ofMillis(300));
    private static final IndexStatus BUILDING = new IndexStatus.Building(3, 1200);

    @Test
    void showsFoldersThenVideosEachLinkedWithTheFolderItIsIn() {
        String html = render(results("cafe", READY, List.of("/Paris/Cafés"), List.of("/Café.mp4", "/Paris/Le Café.webm")));

        assertTrue(html.contains("<li><a class=\"hit\" href=\"/reel/browse/Paris/Caf%C3%A9s/\"><span class=\"name\">"
                + "Cafés</span></a> <span class=\"where\">in <a href=\"/reel/browse/Paris/\">Paris</a></span></li>"), html);
        assertTrue(html.contains("<li><a class=\"hit\" href=\"/reel/watch/Caf%C3%A9.mp4\"><span class=\"name\">Café</span></a> "
                + "<span class=\"meta\">MP4 · 1.4 MB</span> <span class=\"where\">in <a href=\"/reel/\">Library</a></span></li>"),
                html);
        assertTrue(html.contains("href=\"/reel/watch/Paris/Le%20Caf%C3%A9.webm\""), html);
        assertTrue(html.indexOf("<h2 id=\"found-folders\">Folders</h2>") < html.indexOf("<h2 id=\"found-videos\">Videos</h2>"),
                html);
        assertFalse(html.contains("class=\"more\""), html);
        assertFalse(html.contains("still reading"), html);
    }

    @ParameterizedTest(name = "{0} folders, {1} videos: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | 0    | Nothing in the library matches “cafe”. Try fewer words, or the start of a word.
            1 | 0    | 1 folder matches “cafe”.
            0 | 1    | 1 video matches “cafe”.
            2 | 0    | 2 folders match “cafe”.
            1 | 1    | 1 video and 1 folder match “cafe”.
            3 | 1234 | 1,234 videos and 3 folders match “cafe”.
            """)
    void saysWhatWasFound(int folders, int videos, String summary) {
        SearchResults results = new SearchResults(Query.parse(Optional.of("cafe")), READY,
                new Found<>(List.of(), folders), new Found<>(List.of(), videos));

        assertEquals(summary, SearchPage.summary(results));
        assertTrue(render(results).contains("<p class=\"search-summary\" role=\"status\">" + summary + "</p>"));
    }

    @Test
    void moreMatchesThanShownAreCountedWithAHintToNarrow() {
        List<String> shown = IntStream.rangeClosed(1, 100).mapToObj(i -> "/Ep " + i + ".mp4").toList();
        SearchResults results = new SearchResults(Query.parse(Optional.of("ep")), READY, new Found<>(List.of(), 0),
                new Found<>(shown.stream().map(SearchPageTest::video).toList(), 2345));

        String html = render(results);

        assertTrue(html.contains("<p class=\"more\">The best 100 of 2,345 videos. Add a word to narrow the search.</p>"), html);
    }

    @Test
    void whileTheIndexIsBuildingThePageSaysTheResultsMayBeIncomplete() {
        String html = render(results("cafe", BUILDING, List.of(), List.of("/Café.mp4")));

        assertTrue(html.contains("reel is still reading the library (1,200 videos so far), so this may not be everything."),
                html);
        assertTrue(html.contains("href=\"/reel/watch/Caf%C3%A9.mp4\""), "what was found so far is shown: " + html);
    }

    @Test
    void anEmptyQueryExplainsHowToSearchAndHowLargeTheLibraryIs() {
        String html = render(results("", READY, List.of(), List.of()));

        assertTrue(html.contains("<kbd>cafe</kbd> finds Café"), html);
        assertTrue(html.contains("The library holds 1,234 videos and 40 folders."), html);
        assertTrue(html.contains("<title>reel — Search</title>"), html);
        assertFalse(html.contains("role=\"status\""), html);
    }

    /**
     * The counts are the index's for this viewer (folders per role applied), said as they are; while it builds,
     * the videos so far and no size yet.
     */
    @ParameterizedTest(name = "{0} {1} folders, {2} videos: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ready    | 40 | 1234 | The library holds 1,234 videos and 40 folders.
            ready    | 0  | 1    | The library holds 1 video and 0 folders.
            ready    | 1  | 0    | The library holds 0 videos and 1 folder.
            building | 0  | 1    | reel is still reading the library (1 video so far)
            building | 0  | 0    | reel is still reading the library (0 videos so far)
            """)
    void anEmptyQuerySaysHowLargeTheLibraryIsForThisViewer(String state, int folders, int videos, String says) {
        IndexStatus status = state.equals("ready") ? new IndexStatus.Ready(folders, videos, Duration.ofMillis(300))
                : new IndexStatus.Building(folders, videos);

        String html = render(results("", status, List.of(), List.of()));

        assertTrue(html.contains(says), html);
        assertEquals(state.equals("ready"), html.contains("The library holds"), html);
    }

    @Test
    void theHeaderSearchBoxHoldsTheQueryAndTheTitleNamesIt() {
        String html = render(results("\"><script>x", READY, List.of(), List.of()));

        assertTrue(html.contains("value=\"&quot;&gt;&lt;script&gt;x\""), html);
        assertTrue(html.contains("<title>reel — Search: &quot;&gt;&lt;script&gt;x</title>"), html);
        assertEquals(List.of("<script src=\"/reel/static/reel.js\" defer></script>"), LibraryPageTest.scriptElements(html));
    }

    private static String render(SearchResults results) {
        return SearchPage.render(LINKS, results).html();
    }

    private static SearchResults results(String query, IndexStatus status, List<String> folders, List<String> videos) {
        List<LibraryPath> folderPaths = folders.stream().map(path -> LibraryPath.parse(path).orElseThrow()).toList();
        return new SearchResults(Query.parse(Optional.of(query)), status, new Found<>(folderPaths, folderPaths.size()),
                new Found<>(videos.stream().map(SearchPageTest::video).toList(), videos.size()));
    }

    static Video video(String path) {
        return new Video(LibraryPath.parse(path).orElseThrow(), 1_468_006, Instant.parse("2024-05-01T10:00:00Z"));
    }
}

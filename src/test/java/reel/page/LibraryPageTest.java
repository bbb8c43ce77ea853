package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.http.EntityTag;
import reel.media.Folder;
import reel.media.FolderView;
import reel.media.LibraryPath;
import reel.media.VideoFacts;
import reel.media.VideoOrder;
import reel.search.IndexStatus;
import reel.search.RecentVideos;

class LibraryPageTest {

    private static final EntityTag TAG = new EntityTag("2710-663212a0", false);

    private static final Links LINKS = new Links("/reel");
    static final Supplier<RecentVideos> NOTHING_RECENT =
            () -> new RecentVideos(new IndexStatus.Ready(0, 0, Duration.ZERO), List.of());

    @ParameterizedTest(name = "video \"{0}\" links to {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Test Pattern.mp4          | /reel/watch/Test%20Pattern.mp4
            a#b.mp4                   | /reel/watch/a%23b.mp4
            a?b.mp4                   | /reel/watch/a%3Fb.mp4
            100%.mp4                  | /reel/watch/100%25.mp4
            a+b.mp4                   | /reel/watch/a%2Bb.mp4
            Ürlaub.mp4                | /reel/watch/%C3%9Crlaub.mp4
            <script>.mp4              | /reel/watch/%3Cscript%3E.mp4
            "it's".mp4                | /reel/watch/%22it%27s%22.mp4
            """)
    void linksEachVideoByItsEncodedName(String name, String expectedHref) {
        String html = render(folder("/", List.of(), List.of(name)));

        assertTrue(html.contains("href=\"" + expectedHref + "\""), html);
    }

    @ParameterizedTest(name = "folder \"{0}\" links to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Shorts           | /reel/browse/Shorts/
            Season 1 & 2     | /reel/browse/Season%201%20%26%202/
            #1?              | /reel/browse/%231%3F/
            日本              | /reel/browse/%E6%97%A5%E6%9C%AC/
            """)
    void linksEachFolderWithATrailingSlash(String name, String expectedHref) {
        String html = render(folder("/", List.of(name), List.of()));

        assertTrue(html.contains("href=\"" + expectedHref + "\""), html);
    }

    @Test
    void hostileNamesAreText() {
        // A name cannot hold "/", so no closing tags; an opening tag is the danger.
        String html = render(folder("/<script>alert(1)", List.of("<img src=x onerror=alert(1)>"),
                List.of("<script>alert(2).mp4", "\" onclick=\"alert(3).mp4")));

        assertFalse(html.contains("<script>"), html);
        assertEquals(1, html.split("<script", -1).length - 1, "only reel's own script element: " + html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("\" onclick"), html);
        assertTrue(html.contains("<title>reel — &lt;script&gt;alert(1)</title>"), html);
        assertTrue(html.contains("<span class=\"name\">&lt;script&gt;alert(2)</span>"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(1)&gt;"), html);
    }

    @Test
    void showsFoldersThenVideosWithTypeAndSize() {
        String html = render(folder("/Shorts", List.of("Extras"), List.of("Ep 1.mp4")));

        assertTrue(html.indexOf("Extras") < html.indexOf("Ep 1"), html);
        assertTrue(html.contains("<span class=\"name\">Ep 1</span><span class=\"meta\">MP4 · 1.4 MB</span>"), html);
        // The name leads the link's text, so a screen reader says it before the length.
        assertTrue(html.indexOf("<span class=\"name\">Ep 1</span>") < html.indexOf("<span class=\"thumb\">"), html);
        assertTrue(html.contains("<title>reel — Shorts</title>"), html);
    }

    @Test
    void breadcrumbsLinkEveryFolderAboveThisOne() {
        String html = render(folder("/Shows/Season 1", List.of(), List.of()));

        assertTrue(html.contains("<li><a href=\"/reel/\">Library</a></li>"), html);
        assertTrue(html.contains("<li><a href=\"/reel/browse/Shows/\">Shows</a></li>"), html);
        assertTrue(html.contains("<li aria-current=\"page\">Season 1</li>"), html);
    }

    @Test
    void theRootIsTheLibrary() {
        String html = render(folder("/", List.of(), List.of()));

        assertTrue(html.contains("<title>reel — Library</title>"), html);
        assertTrue(html.contains("No videos or folders here."), html);
    }

    @Test
    void theLibraryHasAHiddenPlaceForTheContinueWatchingRow() {
        String html = render(folder("/", List.of("Shorts"), List.of()));

        assertTrue(html.contains("<h1>Library</h1>\n<section class=\"continue\" id=\"continue\" "
                + "aria-labelledby=\"continue-heading\" data-watch=\"/reel/watch\" hidden>"), html);
        assertTrue(html.contains("<ol class=\"continue-list\" id=\"continue-list\"></ol>"), html);
    }

    @Test
    void otherFoldersHaveNoContinueWatchingRow() {
        String html = render(folder("/Shorts", List.of(), List.of("Ep 1.mp4")));

        assertFalse(html.contains("id=\"continue\""), html);
    }

    @Test
    void everyPageIsStyledFromTheStylesheetOnly() {
        String html = render(folder("/", List.of("a"), List.of("b.mp4")));

        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/reel/static/reel.css\">"), html);
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), html);
        assertFalse(html.contains("style="), "inline styles break the Content-Security-Policy");
        // One script file from reel itself, nothing inline: the Content-Security-Policy allows only 'self'.
        assertEquals(List.of("<script src=\"/reel/static/reel.js\" defer></script>"), scriptElements(html));
        assertFalse(html.contains("http:") || html.contains("https:"), "no third-party resources");
    }

    @Test
    void aVideoCardShowsLengthAndAPosterTheBrowserDraws() {
        LibraryPath folderPath = LibraryPath.parse("/Shorts").orElseThrow();
        Folder folder = new Folder(folderPath, List.of(), List.of(new Folder.VideoFile(folderPath.child("Ep #1.mp4"),
                1_468_006, "video/mp4", new VideoFacts(Optional.of(Duration.ofSeconds(65)), VideoFacts.Streaming.READY),
                TAG)));

        String html = render(folder);

        assertTrue(html.contains("<video class=\"poster\" data-src=\"/reel/video/Shorts/Ep%20%231.mp4?v=2710-663212a0#t=6.500\" "
                + "preload=\"none\" muted playsinline tabindex=\"-1\" aria-hidden=\"true\"></video>"), html);
        assertTrue(html.contains("<span aria-hidden=\"true\">1:05</span><span class=\"visually-hidden\">"
                + "1 minute 5 seconds</span>"), html);
        assertFalse(html.contains("class=\"warning\""), html);
    }

    @Test
    void aVideoOfUnknownLengthShowsNoneAndItsPosterAtThreeSeconds() {
        String html = render(folder("/", List.of(), List.of("a.mp4")));

        assertTrue(html.contains("data-src=\"/reel/video/a.mp4?v=2710-663212a0#t=3.000\""), html);
        assertFalse(html.contains("class=\"duration\""), html);
    }

    @Test
    void anMp4WithItsIndexAtTheEndIsFlagged() {
        LibraryPath root = LibraryPath.ROOT;
        Folder folder = new Folder(root, List.of(), List.of(new Folder.VideoFile(root.child("camera.mp4"), 10,
                "video/mp4", new VideoFacts(Optional.empty(), VideoFacts.Streaming.SLOW_START), TAG)));

        assertTrue(render(folder).contains(
                "<span class=\"warning\">Not optimised for streaming: seeking will be slow</span>"));
    }

    @ParameterizedTest(name = "{0} folders, {1} videos: filter box {2}")
    @CsvSource({"0, 0, false", "1, 0, true", "0, 1, true"})
    void aFilterBoxHiddenUntilTheScriptShowsItWhenThereIsSomethingToFilter(int folders, int videos, boolean expected) {
        String html = render(folder("/", folders == 0 ? List.of() : List.of("a"), videos == 0 ? List.of() : List.of("b.mp4")));

        assertEquals(expected, html.contains("<div class=\"filter\" hidden>\n<label for=\"filter\">"), html);
    }

    @Test
    void theContextPathIsEscapedToo() {
        String html = render(new Links("/re\"el"), folder("/", List.of(), List.of()));

        assertTrue(html.contains("href=\"/re&quot;el/static/reel.css\""), html);
        assertEquals(-1, html.indexOf("/re\"el"));
    }

    @Test
    void aFolderOfMoreThanOnePageIsFilteredByTheServerThroughAPlainForm() {
        String html = page(FolderQuery.FIRST, 130, List.of("Extras"));

        assertTrue(html.contains("<form class=\"filter\" method=\"get\" data-server-filter>\n"
                + "<label for=\"filter\">Filter all 130 videos in this folder</label>\n"
                + "<div class=\"filter-row\"><input id=\"filter\" name=\"q\" type=\"search\" value=\"\""), html);
        assertFalse(html.contains("name=\"sort\""), "the default order is not spelled out: " + html);
        assertFalse(html.contains(">Clear</a>"), html);
        assertFalse(html.contains("<div class=\"filter\" hidden>"), html);
    }

    @Test
    void theFormKeepsTheOrderAndTheTextAndOffersToClearIt() {
        String html = page(new FolderQuery(Optional.of("ep \"1\""), VideoOrder.NEWEST, 1), 130, List.of());

        assertTrue(html.contains("value=\"ep &quot;1&quot;\" placeholder="), html);
        assertTrue(html.contains("aria-describedby=\"filter-status\"><input type=\"hidden\" name=\"sort\" value=\"newest\">"
                + "<button class=\"button\" type=\"submit\">Filter</button>"
                + "<a class=\"button\" href=\"/reel/?sort=newest\">Clear</a></div>"), html);
        assertTrue(html.contains("role=\"status\" aria-live=\"polite\">130 matches</p>"), html);
    }

    @Test
    void aFilterThatFindsNothingSaysSo() {
        Folder folder = new Folder(LibraryPath.ROOT, List.of(), List.of());
        String html = LibraryPage.render(LINKS, new FolderView(folder, folder.path(), 0, 130, 2, 0),
                new FolderQuery(Optional.of("zzz"), VideoOrder.NAME, 1), new Paging(1, Paging.VIDEOS_PER_PAGE, 0),
                NOTHING_RECENT).html();

        assertTrue(html.contains(">Nothing here matches \u201czzz\u201d.</p>"), html);
        assertFalse(html.contains("class=\"group\""), html);
        assertFalse(html.contains("No videos or folders here."), html);
    }

    @Test
    void sortLinksKeepTheFilterStartOverAtTheFirstPageAndMarkTheCurrentOrder() {
        String html = page(new FolderQuery(Optional.of("ep"), VideoOrder.NEWEST, 2), 300, List.of());

        assertTrue(html.contains("<nav class=\"sort\" aria-label=\"Sort videos\"><span class=\"sort-label\" aria-hidden=\"true\">"
                + "Sort by</span><ul>\n"
                + "<li><a href=\"/reel/?q=ep\">Name</a></li>\n"
                + "<li><a href=\"/reel/?q=ep&amp;sort=newest\" aria-current=\"true\">Newest</a></li>\n"
                + "<li><a href=\"/reel/?q=ep&amp;sort=longest\">Longest</a></li>\n"
                + "<li><a href=\"/reel/?q=ep&amp;sort=largest\">Largest</a></li>\n</ul></nav>"), html);
    }

    @Test
    void pageLinksLeadBackAndOnAndMarkThisPage() {
        String html = page(FolderQuery.FIRST.onPage(2), 300, List.of("Extras"));

        assertTrue(html.contains("<nav class=\"pages\" aria-label=\"Pages\"><ul>\n"
                + "<li><a class=\"step\" rel=\"prev\" href=\"/reel/\"><span aria-hidden=\"true\">← </span>Previous</a></li>\n"
                + "<li><a href=\"/reel/\"><span class=\"visually-hidden\">Page </span>1</a></li>\n"
                + "<li><a href=\"/reel/?page=2\" aria-current=\"page\"><span class=\"visually-hidden\">Page </span>2</a></li>\n"
                + "<li><a href=\"/reel/?page=3\"><span class=\"visually-hidden\">Page </span>3</a></li>\n"
                + "<li><a class=\"step\" rel=\"next\" href=\"/reel/?page=3\">Next<span aria-hidden=\"true\"> →</span></a></li>\n"
                + "</ul></nav>"), html);
        assertTrue(html.contains("<h2 id=\"videos\">Videos<span class=\"range\"> 121–240 of 300</span></h2>"), html);
        assertTrue(html.contains("<title>reel — Library, page 2 of 3</title>"), html);
        assertFalse(html.contains("Extras"), "sub-folders show on the first page only: " + html);
    }

    @Test
    void aFolderOnOnePageHasNoPageLinks() {
        String html = page(FolderQuery.FIRST, 120, List.of("Extras"));

        assertFalse(html.contains("class=\"pages\""), html);
        assertFalse(html.contains("class=\"range\""), html);
        assertTrue(html.contains("Extras"), html);
        assertTrue(html.contains("<div class=\"filter\" hidden>"), "filtered in the browser: " + html);
    }

    /** The page {@code query} asks for of a root folder with {@code all} videos, all of them found. */
    private static String page(FolderQuery query, int all, List<String> folderNames) {
        Paging paging = new Paging(query.page(), Paging.VIDEOS_PER_PAGE, all);
        List<String> names = java.util.stream.IntStream.range(paging.first(), Math.min(all, paging.first() + paging.size()))
                .mapToObj(i -> "Clip " + i + ".mp4").toList();
        Folder shown = folder("/", folderNames, names);
        return LibraryPage.render(LINKS, new FolderView(shown, shown.path(), all, all, folderNames.size(), paging.first()), query, paging,
                NOTHING_RECENT).html();
    }

    private static String render(Folder folder) {
        return render(LINKS, folder);
    }

    /** The whole folder on its first page, unfiltered, in name order. */
    static String render(Links links, Folder folder) {
        return render(links, folder, NOTHING_RECENT);
    }

    /** The same, where the root's page shows {@code recent} in its Recently added row. */
    static String render(Links links, Folder folder, Supplier<RecentVideos> recent) {
        int videos = folder.videos().size();
        return LibraryPage.render(links, new FolderView(folder, folder.path(), videos, videos, folder.folders().size(), 0), FolderQuery.FIRST,
                new Paging(1, Paging.VIDEOS_PER_PAGE, folder.videos().size()), recent).html();
    }

    private static Folder folder(String path, List<String> folderNames, List<String> videoNames) {
        LibraryPath folderPath = LibraryPath.parse(path).orElseThrow();
        return new Folder(folderPath,
                folderNames.stream().map(name -> new Folder.Subfolder(folderPath.child(name))).toList(),
                videoNames.stream().map(name -> new Folder.VideoFile(folderPath.child(name), 1_468_006, "video/mp4",
                        VideoFacts.UNKNOWN, TAG))
                        .toList());
    }

    static List<String> scriptElements(String html) {
        return java.util.regex.Pattern.compile("<script[^>]*>[^<]*</script>").matcher(html).results()
                .map(java.util.regex.MatchResult::group).toList();
    }
}

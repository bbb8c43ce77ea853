package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.media.Folder;
import reel.media.LibraryPath;

class LibraryPageTest {

    private static final Links LINKS = new Links("/reel");

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

        assertFalse(html.contains("<script"), html);
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
    void everyPageIsStyledFromTheStylesheetOnly() {
        String html = render(folder("/", List.of("a"), List.of("b.mp4")));

        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/reel/static/reel.css\">"), html);
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), html);
        assertFalse(html.contains("style="), "inline styles break the Content-Security-Policy");
        assertFalse(html.contains("<script"), "no script needed to browse");
        assertFalse(html.contains("http:") || html.contains("https:"), "no third-party resources");
    }

    @Test
    void theContextPathIsEscapedToo() {
        String html = LibraryPage.render(new Links("/re\"el"), folder("/", List.of(), List.of()));

        assertTrue(html.contains("href=\"/re&quot;el/static/reel.css\""), html);
        assertEquals(-1, html.indexOf("/re\"el"));
    }

    private static String render(Folder folder) {
        return LibraryPage.render(LINKS, folder);
    }

    private static Folder folder(String path, List<String> folderNames, List<String> videoNames) {
        LibraryPath folderPath = LibraryPath.parse(path).orElseThrow();
        return new Folder(folderPath,
                folderNames.stream().map(name -> new Folder.Subfolder(folderPath.child(name))).toList(),
                videoNames.stream().map(name -> new Folder.VideoFile(folderPath.child(name), 1_468_006, "video/mp4"))
                        .toList());
    }
}

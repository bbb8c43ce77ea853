package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import reel.search.IndexStatus;
import reel.search.RecentVideos;

class RecentRowTest {

    private static final Links LINKS = new Links("/reel");
    private static final IndexStatus READY = new IndexStatus.Ready(1, 2, Duration.ZERO);

    @Test
    void eachNewVideoIsACardToItsPlayerWithAFrameAndItsFolder() {
        String html = RecentRow.render(LINKS, new RecentVideos(READY,
                List.of(SearchPageTest.video("/Shorts/Ep #1.mp4"), SearchPageTest.video("/Top.webm")))).html();

        assertTrue(html.contains("<section class=\"recent\" aria-labelledby=\"recent\">\n<h2 id=\"recent\">Recently added</h2>"),
                html);
        assertTrue(html.contains("<li><a class=\"card video\" href=\"/reel/watch/Shorts/Ep%20%231.mp4\">"
                + "<span class=\"name\">Ep #1</span><span class=\"meta\">MP4 · 1.4 MB</span>"), html);
        assertTrue(html.contains("data-src=\"/reel/video/Shorts/Ep%20%231.mp4?v=166666-663212a0#t=3.000\""), html);
        assertTrue(html.contains("</a><span class=\"where\">in <a href=\"/reel/browse/Shorts/\">Shorts</a></span></li>"), html);
        assertTrue(html.indexOf("Ep #1") < html.indexOf("Top"), "newest first, as given: " + html);
        // Not one of the folder's card lists, which the filter works on.
        assertFalse(html.contains("class=\"cards\""), html);
    }

    @Test
    void whileTheIndexIsBuildingTheRowSaysSoInsteadOfGuessing() {
        String html = RecentRow.render(LINKS, new RecentVideos(new IndexStatus.Building(0, 5),
                List.of(SearchPageTest.video("/a.mp4")))).html();

        assertTrue(html.contains("reel is still reading the library"), html);
        assertFalse(html.contains("a.mp4"), html);
    }

    @Test
    void aLibraryWithoutVideosHasNoRow() {
        assertEquals(Markup.EMPTY, RecentRow.render(LINKS, new RecentVideos(READY, List.of())));
    }
}

package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.access.ShareOutcome;
import reel.http.EntityTag;
import reel.media.LibraryPath;
import reel.media.MediaFile;
import reel.media.Playback;
import reel.media.Subtitle;
import reel.media.VideoFacts;

class SharedPlayerPageTest {

    private static final LibraryPath VIDEO = LibraryPath.parse("/Shorts/a b.mp4").orElseThrow();
    private static final List<Duration> CHOICES = List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7));

    @Test
    void aUserWhoMayShareGetsAFormThatPostsTheVideoAndAChoiceOfDurations() {
        String html = PlayerPage.render(new Links("/reel", Optional.of("ana")), playback(), CHOICES).html();

        assertTrue(html.contains("""
                <form class="share" action="/reel/share" method="post">
                <input type="hidden" name="path" value="/Shorts/a b.mp4">
                <label for="share-for">Share for</label>
                <select id="share-for" name="for">
                <option value="3600">1 hour</option>
                <option value="86400">1 day</option>
                <option value="604800">7 days</option>
                </select>
                <button class="button" type="submit">Make a share link</button>
                </form>
                """), html);
    }

    @Test
    void aUserWhoMayNotShareGetsNoForm() {
        String html = PlayerPage.render(new Links("/reel", Optional.of("bob")), playback(), List.of()).html();

        assertFalse(html.contains("share"), html);
    }

    @Test
    void theHolderOfALinkGetsTheVideoAndItsSubtitlesWithTheirOwnTokensAndNothingElse() {
        Links links = new Links("/reel", Optional.empty(), Optional.of(file -> "T" + file.segments().size() + file.name().orElseThrow().length()));

        String html = PlayerPage.render(links, playback(), List.of()).html();

        assertTrue(html.contains("<source src=\"/reel/video/Shorts/a%20b.mp4?v=eba89-663212a0&amp;share=T27\""), html);
        assertTrue(html.contains("src=\"/reel/subtitles/Shorts/a%20b.en.srt?v="), html);
        assertTrue(html.contains("&amp;share=T210\""), html);
        assertTrue(html.contains("href=\"/reel/video/Shorts/a%20b.mp4?v=eba89-663212a0&amp;share=T27&amp;download\""), html);
        for (String elsewhere : List.of("/reel/search", "/reel/browse/", "rel=\"prev\"", "rel=\"next\"", "Back to", "sign-out",
                "/reel/share\"")) {
            assertFalse(html.contains(elsewhere), elsewhere);
        }
    }

    @Test
    void theMadeLinkIsShownWholeToCopyWithItsExpiry() {
        String html = ((PageReply.Unstored) PageReplies.share("/reel", Optional.of("ana"), new ShareOutcome.Made(
                "https://videos.example.com", "/Shorts/a b.mp4", "1800086400.abc", Instant.ofEpochSecond(1_800_086_400L))))
                .html();

        assertTrue(html.contains("value=\"https://videos.example.com/reel/watch/Shorts/a%20b.mp4?share=1800086400.abc\""),
                html);
        assertTrue(html.contains("until 16 January 2027, 08:00 UTC"), html);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CrossSite   | 403 | You cannot make share links here
            NotAllowed  | 403 | You cannot make share links here
            NoSuchVideo | 404 | There is no folder or video at this address
            SharingOff  | 404 | There is no folder or video at this address
            BadDuration | 400 | A share link lasts from one hour
            """)
    void everyRefusalHasItsStatusAndPage(String outcome, int status, String text) {
        ShareOutcome refused = switch (outcome) {
            case "CrossSite" -> new ShareOutcome.CrossSite();
            case "NotAllowed" -> new ShareOutcome.NotAllowed();
            case "NoSuchVideo" -> new ShareOutcome.NoSuchVideo();
            case "SharingOff" -> new ShareOutcome.SharingOff();
            default -> new ShareOutcome.BadDuration();
        };

        PageReply reply = PageReplies.share("/reel", Optional.of("ana"), refused);

        assertEquals(status, reply.status());
        assertTrue(((PageReply.Document) reply).html().contains(text), ((PageReply.Document) reply)::html);
    }

    @Test
    void everyShareOutcomeHasAPage() {
        assertEquals(6, ShareOutcome.class.getPermittedSubclasses().length, "a new outcome needs a row above");
    }

    private static Playback playback() {
        MediaFile file = new MediaFile(Path.of("/srv/videos/a b.mp4"), LibraryPath.parse("/a b.mp4").orElseThrow(), "a b.mp4", 965_257,
                Instant.parse("2024-05-01T10:00:00Z"), "video/mp4");
        Subtitle subtitle = new Subtitle(LibraryPath.parse("/Shorts/a b.en.srt").orElseThrow(), Optional.of("en"),
                new EntityTag("2710-663212a0", false));
        return new Playback(VIDEO, file, List.of(subtitle), VideoFacts.UNKNOWN,
                Optional.of(LibraryPath.parse("/Shorts/0.mp4").orElseThrow()), Optional.of(LibraryPath.parse("/Shorts/z.mp4").orElseThrow()));
    }
}

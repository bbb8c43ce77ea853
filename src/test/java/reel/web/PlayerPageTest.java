package reel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import reel.media.LibraryPath;
import reel.media.MediaFile;
import reel.media.Playback;
import reel.media.Subtitle;

class PlayerPageTest {

    private static final Links LINKS = new Links("/reel");

    @Test
    void playsTheVideoFromItsEncodedAddressWithItsType() {
        String html = render("/Shorts/Ep #1?.webm", "video/webm", List.of());

        assertTrue(html.contains("<video controls preload=\"metadata\" playsinline>"), html);
        assertTrue(html.contains("<source src=\"/reel/video/Shorts/Ep%20%231%3F.webm\" type=\"video/webm\">"), html);
        assertTrue(html.contains("<title>reel — Ep #1?.webm</title>"), html);
        assertTrue(html.contains("<h1>Ep #1?</h1>"), html);
    }

    @Test
    void linksBackToItsFolder() {
        String html = render("/Shorts/a.mp4", "video/mp4", List.of());

        assertTrue(html.contains("<a href=\"/reel/browse/Shorts/\"><span aria-hidden=\"true\">← </span>Back to Shorts</a>"),
                html);
        assertTrue(html.contains("<li aria-current=\"page\">a.mp4</li>"), html);
    }

    @Test
    void aVideoInTheRootLinksBackToTheLibrary() {
        String html = render("/a.mp4", "video/mp4", List.of());

        assertTrue(html.contains("<a href=\"/reel/\"><span aria-hidden=\"true\">← </span>Back to Library</a>"), html);
    }

    @Test
    void hasATrackForEachSubtitleTheFirstByDefault() {
        String html = render("/Test Pattern.mp4", "video/mp4", List.of(
                subtitle("/Test Pattern.vtt", Optional.empty()),
                subtitle("/Test Pattern.en.vtt", Optional.of("en"))));

        assertTrue(html.contains("<track kind=\"subtitles\" src=\"/reel/video/Test%20Pattern.vtt\" srclang=\"und\" "
                + "label=\"Subtitles\" default>"), html);
        assertTrue(html.contains("<track kind=\"subtitles\" src=\"/reel/video/Test%20Pattern.en.vtt\" srclang=\"en\" "
                + "label=\"English\">"), html);
        assertEquals(1, html.split(" default>", -1).length - 1, html);
    }

    @Test
    void hasNoTrackWithoutSubtitles() {
        assertFalse(render("/Test Pattern.mp4", "video/mp4", List.of()).contains("<track"));
    }

    @Test
    void hostileNamesAreText() {
        String html = render("/<script>alert(1).mp4", "video/mp4",
                List.of(subtitle("/<script>alert(1).vtt", Optional.empty())));

        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("src=\"/reel/video/%3Cscript%3Ealert%281%29.mp4\""), html);
    }

    private static String render(String path, String mediaType, List<Subtitle> subtitles) {
        LibraryPath libraryPath = LibraryPath.parse(path).orElseThrow();
        MediaFile file = new MediaFile(Path.of("/srv/videos").resolve(libraryPath.name().orElseThrow()), 965_257,
                Instant.parse("2024-05-01T10:00:00Z"), mediaType);
        return PlayerPage.render(LINKS, new Playback(libraryPath, file, subtitles));
    }

    private static Subtitle subtitle(String path, Optional<String> language) {
        return new Subtitle(LibraryPath.parse(path).orElseThrow(), language);
    }
}

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
import reel.http.EntityTag;
import reel.media.LibraryPath;
import reel.media.MediaFile;
import reel.media.Playback;
import reel.media.Subtitle;
import reel.media.VideoFacts;

class PlayerPageTest {

    private static final Links LINKS = new Links("/reel");

    @Test
    void playsTheVideoFromItsEncodedAddressWithItsType() {
        String html = render("/Shorts/Ep #1?.webm", "video/webm", List.of());

        assertTrue(html.contains("<video id=\"video\" controls preload=\"metadata\" playsinline aria-labelledby=\"title\" "
                + "data-resume-key=\"/Shorts/Ep #1?.webm\">"), html);
        assertTrue(html.contains("<source src=\"/reel/video/Shorts/Ep%20%231%3F.webm?v=eba89-663212a0\" type=\"video/webm\">"), html);
        assertTrue(html.contains("<title>reel — Ep #1?.webm</title>"), html);
        assertTrue(html.contains("<h1 id=\"title\">Ep #1?</h1>"), html);
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

        assertTrue(html.contains("<track kind=\"subtitles\" src=\"/reel/video/Test%20Pattern.vtt?v=2710-663212a0\" srclang=\"und\" "
                + "label=\"Subtitles\" default>"), html);
        assertTrue(html.contains("<track kind=\"subtitles\" src=\"/reel/video/Test%20Pattern.en.vtt?v=2710-663212a0\" srclang=\"en\" "
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

        assertFalse(html.contains("<script>"), html);
        assertEquals(List.of("<script src=\"/reel/static/reel.js\" defer></script>"),
                LibraryPageTest.scriptElements(html));
        assertTrue(html.contains("src=\"/reel/video/%3Cscript%3Ealert%281%29.mp4?v=eba89-663212a0\""), html);
    }

    @Test
    void subRipTracksGoThroughTheConverter() {
        String html = render("/Talk.mp4", "video/mp4", List.of(subtitle("/Talk.de.srt", Optional.of("de"))));

        assertTrue(html.contains("<track kind=\"subtitles\" src=\"/reel/subtitles/Talk.de.srt?v=2710-663212a0-vtt1\" srclang=\"de\" "
                + "label=\"German\" default>"), html);
    }

    @Test
    void downloadLinksAskForAnAttachment() {
        String html = render("/Shorts/a b.mp4", "video/mp4", List.of());

        assertTrue(html.contains("<a class=\"button\" href=\"/reel/video/Shorts/a%20b.mp4?v=eba89-663212a0&amp;download\" download>Download</a>"),
                html);
    }

    @Test
    void linksThePreviousAndNextVideoOfTheFolder() {
        String html = render(playback("/Shows/Ep 2.mp4", VideoFacts.UNKNOWN, Optional.of("/Shows/Ep 1.mp4"),
                Optional.of("/Shows/Ep #3.webm")));

        assertTrue(html.contains("<a class=\"neighbour previous\" rel=\"prev\" href=\"/reel/watch/Shows/Ep%201.mp4\">"),
                html);
        assertTrue(html.contains("<span class=\"name\">Ep 1</span>"), html);
        assertTrue(html.contains("<a class=\"neighbour next\" rel=\"next\" href=\"/reel/watch/Shows/Ep%20%233.webm\">"),
                html);
    }

    @ParameterizedTest(name = "previous {0}, next {1}")
    @CsvSource({"true, false", "false, true", "false, false"})
    void showsOnlyTheNeighboursThereAre(boolean hasPrevious, boolean hasNext) {
        String html = render(playback("/a.mp4", VideoFacts.UNKNOWN, hasPrevious ? Optional.of("/0.mp4") : Optional.empty(),
                hasNext ? Optional.of("/b.mp4") : Optional.empty()));

        assertEquals(hasPrevious, html.contains("rel=\"prev\""), html);
        assertEquals(hasNext, html.contains("rel=\"next\""), html);
        assertEquals(hasPrevious || hasNext, html.contains("<nav class=\"neighbours\""), html);
    }

    @Test
    void showsTheLengthAndFlagsASlowStart() {
        String html = render(playback("/cam.mp4", new VideoFacts(Optional.of(Duration.ofSeconds(30)),
                VideoFacts.Streaming.SLOW_START), Optional.empty(), Optional.empty()));

        assertTrue(html.contains("<span class=\"meta\">MP4 · 942.6 KB · 0:30</span>"), html);
        assertTrue(html.contains("<p class=\"warning\">Not optimised for streaming: seeking will be slow."), html);
    }

    @ParameterizedTest(name = "the shortcuts overlay lists {0}")
    @CsvSource(delimiter = '|', textBlock = """
            <kbd>Space</kbd> or <kbd>K</kbd>   | Play or pause
            <kbd>←</kbd> <kbd>→</kbd>          | Back or forward 5 seconds
            <kbd>J</kbd> <kbd>L</kbd>          | Back or forward 10 seconds
            <kbd>F</kbd>                       | Full screen
            <kbd>M</kbd>                       | Mute or unmute
            <kbd>&lt;</kbd> <kbd>&gt;</kbd>    | Slower or faster
            """)
    void listsTheKeyboardShortcuts(String keys, String action) {
        String html = render("/a.mp4", "video/mp4", List.of());

        assertTrue(html.contains("<div><dt>" + keys + "</dt><dd>" + action + "</dd></div>"), html);
        assertTrue(html.contains("<dialog class=\"shortcuts\" id=\"shortcuts\" aria-labelledby=\"shortcuts-title\">"));
    }

    private static String render(Playback playback) {
        return PlayerPage.render(LINKS, playback).html();
    }

    private static Playback playback(String path, VideoFacts facts, Optional<String> previous, Optional<String> next) {
        LibraryPath libraryPath = LibraryPath.parse(path).orElseThrow();
        MediaFile file = new MediaFile(Path.of("/srv/videos").resolve(libraryPath.name().orElseThrow()), libraryPath,
                libraryPath.name().orElseThrow(), 965_257,
                Instant.parse("2024-05-01T10:00:00Z"), "video/mp4");
        return new Playback(libraryPath, file, List.of(), facts,
                previous.map(p -> LibraryPath.parse(p).orElseThrow()), next.map(p -> LibraryPath.parse(p).orElseThrow()));
    }

    private static String render(String path, String mediaType, List<Subtitle> subtitles) {
        LibraryPath libraryPath = LibraryPath.parse(path).orElseThrow();
        MediaFile file = new MediaFile(Path.of("/srv/videos").resolve(libraryPath.name().orElseThrow()), libraryPath,
                libraryPath.name().orElseThrow(), 965_257,
                Instant.parse("2024-05-01T10:00:00Z"), mediaType);
        return PlayerPage.render(LINKS, new Playback(libraryPath, file, subtitles)).html();
    }

    private static Subtitle subtitle(String path, Optional<String> language) {
        return new Subtitle(LibraryPath.parse(path).orElseThrow(), language, new EntityTag("2710-663212a0", false));
    }
}

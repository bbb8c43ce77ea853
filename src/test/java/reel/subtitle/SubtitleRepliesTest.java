package reel.subtitle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.http.HttpDate;
import reel.http.RequestHeaders;
import reel.media.LibraryPath;
import reel.media.MediaLibrary;

/** Every answer /subtitles/ can give, over a library built for the test. */
class SubtitleRepliesTest {

    private static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00Z");
    private static final String SUBRIP = "1\n00:00:01,000 --> 00:00:02,000\nHi\n";

    @TempDir
    Path base;
    private MediaLibrary root;
    private String etag;

    @BeforeEach
    void buildLibrary() throws IOException {
        Path library = Files.createDirectory(base.resolve("library"));
        Path outside = Files.createDirectory(base.resolve("outside"));
        for (String name : new String[] {"Talk.srt", "Talk.vtt", "Talk.mp4", ".hidden.srt", "notes.txt"}) {
            Files.setLastModifiedTime(Files.writeString(library.resolve(name), SUBRIP),
                    FileTime.from(MODIFIED));
        }
        Files.createDirectory(library.resolve("Folder.srt"));
        Files.writeString(outside.resolve("secret.srt"), "secret");
        Files.createSymbolicLink(library.resolve("Escape.srt"), outside.resolve("secret.srt"));
        Files.write(library.resolve("Huge.srt"), new byte[(int) SubtitleReplies.MAX_SUBTITLE_BYTES + 1]);
        root = new MediaLibrary(library);
        etag = ((SubtitleReply.Convert) decide("/Talk.srt", Map.of())).etag().toString();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # converted or passed on
            /Talk.srt          | 200
            /Talk.vtt          | 200
            # nothing to serve, all alike
            /Missing.srt       | 404
            /.hidden.srt       | 404
            /Escape.srt        | 404
            /../outside/secret.srt | 404
            /Folder.srt        | 404
            /Talk.mp4          | 404
            /notes.txt         | 404
            /                  | 404
            # too large to convert in memory
            /Huge.srt          | 404
            """)
    void answers(String path, int expectedStatus) {
        assertEquals(expectedStatus, decide(path, Map.of()).status());
    }

    @Test
    void onlyTheSubRipNameIsConverted() {
        assertTrue(((SubtitleReply.Convert) decide("/Talk.srt", Map.of())).fromSubRip());
        assertEquals(false, ((SubtitleReply.Convert) decide("/Talk.vtt", Map.of())).fromSubRip());
    }

    @Test
    void tooLargeIsItsOwnDecision() {
        SubtitleReply.Refused refused = assertInstanceOf(SubtitleReply.Refused.class, decide("/Huge.srt", Map.of()));

        assertEquals(404, refused.status());
        assertTrue(refused.warning().orElseThrow().endsWith("Huge.srt has " + (SubtitleReplies.MAX_SUBTITLE_BYTES + 1)
                + " bytes, more than the " + SubtitleReplies.MAX_SUBTITLE_BYTES + " reel converts"), refused.warning().get());
    }

    @Test
    void theTagMarksTheConversionSoANewConverterIsNotHiddenByCaches() {
        // The file's own tag is "<size in hex>-<mtime in seconds, in hex>"; the WebVTT adds the conversion's version.
        String fileTag = Long.toHexString(SUBRIP.length()) + "-" + Long.toHexString(MODIFIED.getEpochSecond());
        assertEquals("\"" + fileTag + "-" + SubtitleReplies.CONVERSION_VERSION + "\"", etag);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            If-None-Match       | current        | 304
            If-None-Match       | W/current      | 304
            If-None-Match       | "other"        | 200
            If-None-Match       | *              | 304
            If-Modified-Since   | modified       | 304
            If-Modified-Since   | before         | 200
            If-Match            | "other"        | 412
            If-Match            | current        | 200
            If-Unmodified-Since | before         | 412
            """)
    void revalidates(String field, String value, int expectedStatus) {
        String fieldValue = switch (value) {
            case "current" -> etag;
            case "W/current" -> "W/" + etag;
            case "modified" -> HttpDate.format(MODIFIED);
            case "before" -> HttpDate.format(MODIFIED.minusSeconds(1));
            default -> value;
        };
        assertEquals(expectedStatus, decide("/Talk.srt", Map.of(field, fieldValue)).status());
    }

    /**
     * Folders per role, through links: a subtitle whose file is in {@code Board} is hidden from a viewer who
     * may not enter it, whatever the URL says; a URL in Board itself is the sign-in filter's to refuse.
     */
    @ParameterizedTest(name = "{0} for {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /Minutes.srt         | outsideBoard | Hidden
            /Board link/Talk.srt | outsideBoard | Hidden
            /Minutes.srt         | everyone     | Convert
            /Talk.srt            | outsideBoard | Convert
            /Missing.srt         | outsideBoard | Refused
            """)
    void aSubtitleALinkPutsWhereTheViewerMayNotEnterIsHidden(String path, String viewer, String expected)
            throws IOException {
        Path library = base.resolve("library");
        Files.createDirectory(library.resolve("Board"));
        Files.writeString(library.resolve("Board/Talk.srt"), SUBRIP);
        Files.createSymbolicLink(library.resolve("Minutes.srt"), Path.of("Board/Talk.srt"));
        Files.createSymbolicLink(library.resolve("Board link"), Path.of("Board"));
        Predicate<LibraryPath> mayEnter = viewer.equals("everyone") ? place -> true
                : place -> !place.segments().get(0).equals("Board");

        SubtitleReply reply = SubtitleReplies.decide(root, Optional.of(path), RequestHeaders.from(name -> List.of()),
                mayEnter);

        assertEquals(expected, reply.getClass().getSimpleName());
        assertEquals(expected.equals("Convert") ? 200 : 404, reply.status());
    }

    private SubtitleReply decide(String path, Map<String, String> fields) {
        RequestHeaders headers = RequestHeaders.from(name -> Optional.ofNullable(fields.get(name))
                .map(java.util.List::of).orElse(java.util.List.of()));
        return SubtitleReplies.decide(root, Optional.of(path), headers);
    }
}

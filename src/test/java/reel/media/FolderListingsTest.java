package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.http.EntityTag;

/**
 * When a kept folder listing answers and when the folder or an entry is read again. A file "changed
 * secretly" gets other header bytes but keeps its length and time, so only a reading sees the change:
 * a view that still shows the old length was answered from what was kept.
 */
class FolderListingsTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path root;
    private final MovableClock clock = new MovableClock(T0.plus(Duration.ofHours(1)));
    private MediaLibrary library;

    @BeforeEach
    void twoVideos() throws IOException {
        video("a.mp4", 30, T0);
        video("b.mp4", 30, T0);
        folderTime(T0);
        library = new MediaLibrary(root, clock, FolderListings.MAX_ENTRIES);
    }

    @Test
    void aListingIsKeptWhileNothingChanges() throws IOException {
        assertEquals("a.mp4=30 b.mp4=30", lengths());
        video("a.mp4", 40, T0);

        assertEquals("a.mp4=30 b.mp4=30", lengths());
    }

    /** Each change as it happens on disk; the folder's time is set to a settled one, as hours later. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            added                | a.mp4=30 b.mp4=30 c.mp4=40
            removed              | a.mp4=30
            renamed              | a.mp4=30 d.mp4=30
            replaced by renaming | a.mp4=30 b.mp4=40
            rewritten in place   | a.mp4=30 b.mp4=40
            """)
    void aChangeIsSeenAtTheNextViewWithoutReadingTheOtherHeaders(String change, String expected) throws IOException {
        assertEquals("a.mp4=30 b.mp4=30", lengths());
        video("a.mp4", 40, T0);
        switch (change) {
            case "added" -> video("c.mp4", 40, T0.plusSeconds(5));
            case "removed" -> Files.delete(root.resolve("b.mp4"));
            case "renamed" -> Files.move(root.resolve("b.mp4"), root.resolve("d.mp4"));
            case "replaced by renaming" -> Files.move(video(".b.mp4.part", 40, T0.plusSeconds(5)),
                    root.resolve("b.mp4"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            case "rewritten in place" -> video("b.mp4", 40, T0.plusSeconds(5));
            default -> throw new AssertionError(change);
        }
        folderTime(change.equals("rewritten in place") ? T0 : T0.plusSeconds(10));

        // a.mp4 changed secretly too: still 30 s, so its header was not read again.
        assertEquals(expected, lengths());
    }

    @Test
    void changesAreSeenWithTheFileSystemsOwnTimes() throws IOException {
        library = new MediaLibrary(root);
        assertEquals("a.mp4=30 b.mp4=30", lengths());

        Files.write(root.resolve("c.mp4"), VideoProbeTest.mp4(40));
        assertEquals("a.mp4=30 b.mp4=30 c.mp4=40", lengths());
        Files.move(root.resolve("c.mp4"), root.resolve("d.mp4"));
        assertEquals("a.mp4=30 b.mp4=30 d.mp4=40", lengths());
        Files.delete(root.resolve("a.mp4"));
        assertEquals("b.mp4=30 d.mp4=40", lengths());
        Files.write(root.resolve("b.mp4"), VideoProbeTest.mp4(50));
        assertEquals("b.mp4=50 d.mp4=40", lengths());
    }

    /** A second change in the same tick of the file system's clock leaves the time as it was. */
    @Test
    void whatWasReadWithinTwoSecondsOfItsChangeIsReadAgain() throws IOException {
        clock.now = T0.plusSeconds(1);
        assertEquals("a.mp4=30 b.mp4=30", lengths());
        video("a.mp4", 40, T0);
        assertEquals("a.mp4=40 b.mp4=30", lengths());

        clock.now = T0.plusSeconds(3);
        assertEquals("a.mp4=40 b.mp4=30", lengths());
        video("a.mp4", 50, T0);
        assertEquals("a.mp4=40 b.mp4=30", lengths(), "read after its time settled, so kept");
    }

    @Test
    void theFoldersListedLongestAgoLeaveFirst() throws IOException {
        video("A/x.mp4", 30, T0);
        for (String name : List.of("B/x.mp4", "B/y.mp4", "B/z.mp4")) {
            video(name, 30, T0);
        }
        folderTime("A", T0);
        folderTime("B", T0);
        library = new MediaLibrary(root, clock, 3);
        library.list("/A/");
        library.list("/B/");
        video("A/x.mp4", 40, T0);
        video("B/x.mp4", 40, T0);
        video("a.mp4", 40, T0);

        assertEquals("x.mp4=30 y.mp4=30 z.mp4=30", lengths("/B/"), "kept");
        assertEquals("x.mp4=40", lengths("/A/"), "B's three entries pushed A out");
        assertEquals("a.mp4=40 b.mp4=30", lengths("/"), "four entries are more than the budget: never kept");
    }

    @Test
    void aFolderBiggerThanTheWholeBudgetIsReadEveryTime() throws IOException {
        library = new MediaLibrary(root, clock, 1);
        assertEquals("a.mp4=30 b.mp4=30", lengths());
        video("a.mp4", 40, T0);

        assertEquals("a.mp4=40 b.mp4=30", lengths());
    }

    @Test
    void inNameOrderTheShownVideosAreStatedAgain() throws IOException {
        assertEquals("a.mp4=30 b.mp4=30", lengths());
        Files.write(root.resolve("b.mp4"), mp4(40, 1000));

        assertEquals(List.of((long) mp4(40, 1000).length), library.list("/", new VideoSelection(VideoOrder.NAME,
                NameFilter.EVERYTHING, 1, 1)).orElseThrow().shown().videos().stream().map(Folder.VideoFile::size).toList());
    }

    @Test
    void inAnyOtherOrderEveryVideoIsStatedAgain() throws IOException {
        library.list("/", new VideoSelection(VideoOrder.LARGEST, NameFilter.EVERYTHING, 0, 1));
        Files.write(root.resolve("b.mp4"), mp4(40, 1000));

        assertEquals("b.mp4=40", lengths(new VideoSelection(VideoOrder.LARGEST, NameFilter.EVERYTHING, 0, 1)));
    }

    @Test
    void thePlayerShowsAVideoAndItsSubtitlesAsTheyAreNow() throws IOException {
        Files.writeString(root.resolve("a.vtt"), "WEBVTT\n");
        Files.setLastModifiedTime(root.resolve("a.vtt"), FileTime.from(T0));
        folderTime(T0.plusSeconds(1));
        assertEquals(Optional.of(Duration.ofSeconds(30)), library.playback("/a.mp4").orElseThrow().facts().duration());

        video("a.mp4", 40, T0.plusSeconds(5));
        Files.writeString(root.resolve("a.vtt"), "WEBVTT\n\n");

        Playback playback = library.playback("/a.mp4").orElseThrow();
        assertEquals(Optional.of(Duration.ofSeconds(40)), playback.facts().duration());
        assertEquals(EntityTag.of(8, Files.getLastModifiedTime(root.resolve("a.vtt")).toInstant()),
                playback.subtitles().get(0).tag());
        assertEquals(Optional.of(LibraryPath.ROOT.child("b.mp4")), playback.next());
    }

    private String lengths() {
        return lengths("/");
    }

    private String lengths(String folder) {
        return describe(library.list(folder).orElseThrow().videos());
    }

    private String lengths(VideoSelection selection) {
        return describe(library.list("/", selection).orElseThrow().shown().videos());
    }

    private static String describe(List<Folder.VideoFile> videos) {
        return videos.stream().map(video -> video.name() + "="
                + video.facts().duration().map(Duration::toSeconds).map(String::valueOf).orElse("?"))
                .collect(Collectors.joining(" "));
    }

    /** A video of {@code seconds}; the same length in bytes whatever the seconds. */
    private Path video(String name, int seconds, Instant modified) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, VideoProbeTest.mp4(seconds));
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private void folderTime(Instant modified) throws IOException {
        Files.setLastModifiedTime(root, FileTime.from(modified));
    }

    private void folderTime(String folder, Instant modified) throws IOException {
        Files.setLastModifiedTime(root.resolve(folder), FileTime.from(modified));
    }

    static byte[] mp4(int seconds, int mediaBytes) {
        return Mp4ProbeTest.concat(Mp4ProbeTest.box("moov", Mp4ProbeTest.mvhd0(1000, seconds * 1000L)),
                Mp4ProbeTest.box("mdat", new byte[mediaBytes]));
    }

    static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}

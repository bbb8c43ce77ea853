package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which reader a file gets, and when the remembered facts are used instead of reading again. */
class VideoProbeTest {

    private static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a.mp4  | PT30S
            a.M4V  | PT30S
            a.mov  | PT30S
            a.webm | none
            a.mkv  | none
            a.ogv  | none
            """)
    void choosesTheReaderByExtension(String name, String expected) throws IOException {
        Path file = Files.write(dir.resolve(name), mp4(30));
        assertEquals(expected, VideoProbe.read(file).duration().map(Duration::toString).orElse("none"));
    }

    @Test
    void aFileThatCannotBeOpenedIsUnknown() {
        assertEquals(VideoFacts.UNKNOWN, VideoProbe.read(dir.resolve("missing.mp4")));
    }

    @Test
    void sameSizeAndTimeAnswersFromTheCacheWithoutReading() throws IOException {
        VideoProbe probe = new VideoProbe();
        Path file = write("a.mp4", mp4(30));
        assertEquals(Optional.of(Duration.ofSeconds(30)), facts(probe, file).duration());

        // Same length, same time stamp, other bytes: only a cache would still say 30 s.
        write("a.mp4", mp4(40));
        assertEquals(Optional.of(Duration.ofSeconds(30)), facts(probe, file).duration());
    }

    @Test
    void aNewModificationTimeReadsAgain() throws IOException {
        VideoProbe probe = new VideoProbe();
        Path file = write("a.mp4", mp4(30));
        facts(probe, file);

        write("a.mp4", mp4(40));
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED.plusSeconds(1)));
        assertEquals(Optional.of(Duration.ofSeconds(40)), facts(probe, file).duration());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
        return file;
    }

    private static VideoFacts facts(VideoProbe probe, Path file) throws IOException {
        return probe.facts(file, Files.size(file), Files.getLastModifiedTime(file).toInstant());
    }

    private static byte[] mp4(int seconds) {
        return Mp4ProbeTest.concat(Mp4ProbeTest.box("moov", Mp4ProbeTest.mvhd0(1000, seconds * 1000L)),
                Mp4ProbeTest.box("mdat", new byte[10]));
    }
}

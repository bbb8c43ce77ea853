package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which reader a file gets. */
class VideoProbeTest {

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

    static byte[] mp4(int seconds) {
        return Mp4ProbeTest.concat(Mp4ProbeTest.box("moov", Mp4ProbeTest.mvhd0(1000, seconds * 1000L)),
                Mp4ProbeTest.box("mdat", new byte[10]));
    }
}

package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static reel.media.Mp4ProbeTest.concat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** EBML layouts as WebM and Matroska muxers write them, and as broken or endless ones do. */
class MatroskaProbeTest {

    private static final long VOID = 0xECL;
    private static final long SEEK_HEAD = 0x114D9B74L;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long MUXING_APP = 0x4D80L;

    @TempDir
    Path dir;

    static Stream<Arguments> layouts() {
        byte[] header = element(MatroskaProbe.EBML, element(0x4282L, "webm".getBytes()));
        byte[] scale = element(MatroskaProbe.TIMESTAMP_SCALE, 0x0F, 0x42, 0x40);
        return Stream.of(
                // what ffmpeg and mkvmerge write: SeekHead, Void, Info with the default scale
                Arguments.of("8-byte float, 1 ms scale", concat(header, element(MatroskaProbe.SEGMENT,
                        element(SEEK_HEAD, new byte[20]), element(VOID, new byte[30]),
                        element(MatroskaProbe.INFO, scale, float64(6000.0), element(MUXING_APP, "Lavf".getBytes())),
                        element(TRACKS, new byte[10]))), Optional.of(Duration.ofSeconds(6))),
                Arguments.of("4-byte float", concat(header, element(MatroskaProbe.SEGMENT,
                        element(MatroskaProbe.INFO, float32(2500f)))), Optional.of(Duration.ofMillis(2500))),
                Arguments.of("no TimestampScale: the default 1 ms", concat(header, element(MatroskaProbe.SEGMENT,
                        element(MatroskaProbe.INFO, float64(90_000.5)))), Optional.of(Duration.ofNanos(90_000_500_000L))),
                Arguments.of("TimestampScale 1 s", concat(header, element(MatroskaProbe.SEGMENT,
                        element(MatroskaProbe.INFO, element(MatroskaProbe.TIMESTAMP_SCALE, 0x3B, 0x9A, 0xCA, 0x00),
                                float64(3600)))), Optional.of(Duration.ofHours(1))),
                Arguments.of("Segment of unknown size (live recording)", concat(header, unknownSize(MatroskaProbe.SEGMENT,
                        element(MatroskaProbe.INFO, float64(1234)))), Optional.of(Duration.ofMillis(1234))),
                Arguments.of("Info after a sized Cluster", concat(header, element(MatroskaProbe.SEGMENT,
                        element(CLUSTER, new byte[300]), element(MatroskaProbe.INFO, float64(42_000)))),
                        Optional.of(Duration.ofSeconds(42))),
                // no duration to tell
                Arguments.of("Info without Duration (MediaRecorder)", concat(header, element(MatroskaProbe.SEGMENT,
                        element(MatroskaProbe.INFO, scale))), Optional.empty()),
                Arguments.of("Duration of 2 bytes", concat(header, element(MatroskaProbe.SEGMENT,
                        element(MatroskaProbe.INFO, element(MatroskaProbe.DURATION, 1, 2)))), Optional.empty()),
                Arguments.of("Duration NaN", concat(header, element(MatroskaProbe.SEGMENT,
                        element(MatroskaProbe.INFO, float64(Double.NaN)))), Optional.empty()),
                Arguments.of("Duration negative", concat(header, element(MatroskaProbe.SEGMENT,
                        element(MatroskaProbe.INFO, float64(-5)))), Optional.empty()),
                Arguments.of("Duration infinite", concat(header, element(MatroskaProbe.SEGMENT,
                        element(MatroskaProbe.INFO, float64(Double.POSITIVE_INFINITY)))), Optional.empty()),
                Arguments.of("TimestampScale 0", concat(header, element(MatroskaProbe.SEGMENT,
                        element(MatroskaProbe.INFO, element(MatroskaProbe.TIMESTAMP_SCALE, 0), float64(1000)))),
                        Optional.empty()),
                Arguments.of("Cluster of unknown size before Info", concat(header, element(MatroskaProbe.SEGMENT,
                        unknownSize(CLUSTER, new byte[40]))), Optional.empty()),
                Arguments.of("no Segment", header, Optional.empty()),
                Arguments.of("not EBML", Mp4ProbeTest.box("ftyp", new byte[16]), Optional.empty()),
                Arguments.of("an ID longer than 4 bytes", new byte[] {0x08, 1, 2, 3, 4, (byte) 0x81, 0}, Optional.empty()),
                Arguments.of("empty file", new byte[0], Optional.empty()));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("layouts")
    void readsTheDurationFromInfo(String layout, byte[] file, Optional<Duration> expectedDuration) throws IOException {
        Path path = Files.write(dir.resolve("video.webm"), file);
        try (FileChannel channel = FileChannel.open(path)) {
            assertEquals(expectedDuration, MatroskaProbe.probe(channel).duration());
        }
    }

    @Test
    void theSampleWebmIsSixSeconds() throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of("media", "Shorts", "Bars and tone.webm"))) {
            Duration duration = MatroskaProbe.probe(channel).duration().orElseThrow();
            // ffmpeg writes the end of the last frame or audio packet: 6 s give or take one frame.
            assertEquals(6, Math.round(duration.toMillis() / 1000.0), duration::toString);
        }
    }

    /** An element with its ID as written (marker bits included) and an 8-byte size. */
    static byte[] element(long id, byte[]... children) {
        byte[] body = concat(children);
        return concat(idBytes(id), ByteBuffer.allocate(8).putLong(0x0100_0000_0000_0000L | body.length).array(), body);
    }

    private static byte[] element(long id, int... data) {
        byte[] body = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            body[i] = (byte) data[i];
        }
        return concat(idBytes(id), new byte[] {(byte) (0x80 | body.length)}, body);
    }

    private static byte[] unknownSize(long id, byte[]... children) {
        return concat(idBytes(id), new byte[] {(byte) 0xFF}, concat(children));
    }

    private static byte[] float64(double value) {
        return concat(idBytes(MatroskaProbe.DURATION), new byte[] {(byte) 0x88},
                ByteBuffer.allocate(8).putDouble(value).array());
    }

    private static byte[] float32(float value) {
        return concat(idBytes(MatroskaProbe.DURATION), new byte[] {(byte) 0x84},
                ByteBuffer.allocate(4).putFloat(value).array());
    }

    private static byte[] idBytes(long id) {
        int length = id > 0xFFFFFF ? 4 : id > 0xFFFF ? 3 : id > 0xFF ? 2 : 1;
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (id >> (8 * (length - 1 - i)));
        }
        return bytes;
    }
}

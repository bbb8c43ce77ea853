package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
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
import reel.media.VideoFacts.Streaming;

/** MP4 box layouts as real muxers write them, and as truncated or hostile files do. */
class Mp4ProbeTest {

    @TempDir
    Path dir;

    static Stream<Arguments> layouts() {
        byte[] ftyp = box("ftyp", ascii("isom\0\0\2\0isomiso2avc1mp41"));
        byte[] mdat = box("mdat", new byte[100]);
        byte[] moov30s = box("moov", mvhd0(1000, 30_000), box("trak", new byte[40]));
        return Stream.of(
                // faststart: moov before mdat
                Arguments.of("ftyp moov(mvhd v0 30 s) mdat", concat(ftyp, moov30s, mdat),
                        Optional.of(Duration.ofSeconds(30)), Streaming.READY),
                Arguments.of("mvhd v0, timescale 90000, 1.5 s", concat(ftyp, box("moov", mvhd0(90_000, 135_000)), mdat),
                        Optional.of(Duration.ofMillis(1500)), Streaming.READY),
                Arguments.of("mvhd v1, 64-bit duration of 3 h", concat(ftyp, box("moov", mvhd1(600, 600L * 3 * 3600)), mdat),
                        Optional.of(Duration.ofHours(3)), Streaming.READY),
                Arguments.of("mvhd after another child of moov", concat(ftyp, box("moov", box("udta", new byte[9]),
                        mvhd0(1000, 8000)), mdat), Optional.of(Duration.ofSeconds(8)), Streaming.READY),
                // moov at the end, as cameras and ffmpeg without +faststart write it
                Arguments.of("ftyp mdat moov", concat(ftyp, mdat, moov30s),
                        Optional.of(Duration.ofSeconds(30)), Streaming.SLOW_START),
                Arguments.of("mdat with a 64-bit size before moov", concat(ftyp, largeBox("mdat", new byte[50]), moov30s),
                        Optional.of(Duration.ofSeconds(30)), Streaming.SLOW_START),
                Arguments.of("free and wide boxes between mdat and moov", concat(ftyp, box("wide", new byte[0]), mdat,
                        box("free", new byte[7]), moov30s), Optional.of(Duration.ofSeconds(30)), Streaming.SLOW_START),
                // durations that mean "unknown"
                Arguments.of("fragmented: mvhd duration 0", concat(ftyp, box("moov", mvhd0(1000, 0)), box("moof", new byte[8])),
                        Optional.empty(), Streaming.READY),
                Arguments.of("mvhd v0 duration all ones", concat(ftyp, box("moov", mvhd0(1000, 0xFFFF_FFFFL)), mdat),
                        Optional.empty(), Streaming.READY),
                Arguments.of("mvhd v1 duration all ones", concat(ftyp, box("moov", mvhd1(1000, -1)), mdat),
                        Optional.empty(), Streaming.READY),
                Arguments.of("timescale 0", concat(ftyp, box("moov", mvhd0(0, 1000)), mdat), Optional.empty(), Streaming.READY),
                Arguments.of("moov without mvhd", concat(ftyp, box("moov", box("trak", new byte[4])), mdat),
                        Optional.empty(), Streaming.READY),
                // not enough to say anything
                Arguments.of("mdat to the end of the file (size 0), no moov", concat(ftyp, sizeZeroBox("mdat", new byte[64])),
                        Optional.empty(), Streaming.UNKNOWN),
                Arguments.of("truncated: mdat claims more than the file", concat(ftyp, truncated(box("mdat", new byte[500]), 100)),
                        Optional.empty(), Streaming.UNKNOWN),
                Arguments.of("a box smaller than its header", concat(ftyp, ByteBuffer.allocate(8).putInt(4).put(ascii("moov")).array()),
                        Optional.empty(), Streaming.UNKNOWN),
                Arguments.of("truncated mvhd", concat(ftyp, truncated(box("moov", mvhd0(1000, 30_000)), 20)),
                        Optional.empty(), Streaming.READY),
                Arguments.of("empty file", new byte[0], Optional.empty(), Streaming.UNKNOWN),
                Arguments.of("text, not MP4", ascii("WEBVTT\n\n00:00.000 --> 00:01.000\nhello\n"),
                        Optional.empty(), Streaming.UNKNOWN));
    }

    @ParameterizedTest(name = "{0} -> {2}, {3}")
    @MethodSource("layouts")
    void readsDurationAndWhereTheIndexIs(String layout, byte[] file, Optional<Duration> expectedDuration,
                                         Streaming expectedStreaming) throws IOException {
        assertEquals(new VideoFacts(expectedDuration, expectedStreaming), probe(file));
    }

    @Test
    void endlessTopLevelBoxesStopAtTheBound() throws IOException {
        byte[][] boxes = new byte[Mp4Probe.MAX_BOXES + 1][];
        for (int i = 0; i < Mp4Probe.MAX_BOXES; i++) {
            boxes[i] = box("free", new byte[0]);
        }
        boxes[Mp4Probe.MAX_BOXES] = box("moov", mvhd0(1000, 5000));
        assertEquals(VideoFacts.UNKNOWN, probe(concat(boxes)));
    }

    @Test
    void theSampleTestPatternIsThirtySecondsAndFaststart() throws IOException {
        Path sample = Path.of("media", "Test Pattern.mp4");
        try (FileChannel channel = FileChannel.open(sample)) {
            assertEquals(new VideoFacts(Optional.of(Duration.ofSeconds(30)), Streaming.READY), Mp4Probe.probe(channel));
        }
    }

    private VideoFacts probe(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("video.mp4"), bytes);
        try (FileChannel channel = FileChannel.open(file)) {
            return Mp4Probe.probe(channel);
        }
    }

    static byte[] box(String type, byte[]... children) {
        byte[] body = concat(children);
        return ByteBuffer.allocate(8 + body.length).putInt(8 + body.length).put(ascii(type)).put(body).array();
    }

    private static byte[] largeBox(String type, byte[] body) {
        return ByteBuffer.allocate(16 + body.length).putInt(1).put(ascii(type)).putLong(16 + body.length).put(body).array();
    }

    private static byte[] sizeZeroBox(String type, byte[] body) {
        return ByteBuffer.allocate(8 + body.length).putInt(0).put(ascii(type)).put(body).array();
    }

    /** ISO/IEC 14496-12 §8.2.2: version, flags, two times, timescale, duration, then rate, volume and more. */
    static byte[] mvhd0(long timescale, long duration) {
        return box("mvhd", ByteBuffer.allocate(100).put((byte) 0).put(new byte[3]).putInt(0).putInt(0)
                .putInt((int) timescale).putInt((int) duration).putInt(0x0001_0000).array());
    }

    private static byte[] mvhd1(long timescale, long duration) {
        return box("mvhd", ByteBuffer.allocate(112).put((byte) 1).put(new byte[3]).putLong(0).putLong(0)
                .putInt((int) timescale).putLong(duration).putInt(0x0001_0000).array());
    }

    private static byte[] truncated(byte[] bytes, int length) {
        return java.util.Arrays.copyOf(bytes, length);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}

package reel.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.http.ByteRange;
import reel.http.Reply;
import reel.media.MediaFile;

class BodyWriterTest {

    private static final int SIZE = 100_000;

    @TempDir
    Path folder;

    private MediaFile file;
    private byte[] bytes;
    private final List<FileChannel> opened = new ArrayList<>();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(BodyWriter.class.getName());
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void writeFixture() throws IOException {
        bytes = offsets(SIZE);
        Path path = Files.write(folder.resolve("clip.mp4"), bytes);
        file = new MediaFile(path, SIZE, Instant.parse("2024-05-01T10:00:00Z"), "video/mp4");
        logger.addHandler(recorder);
        logger.setLevel(Level.ALL);
    }

    @AfterEach
    void stopRecording() {
        logger.removeHandler(recorder);
        logger.setLevel(null);
    }

    /** Bytes that spell their offsets: a failing range shows where it went wrong. */
    static byte[] offsets(int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) ('0' + i % 10);
        }
        return data;
    }

    private BodyWriter writer() {
        return new BodyWriter(media -> {
            FileChannel channel = FileChannel.open(media.path(), StandardOpenOption.READ);
            opened.add(channel);
            return channel;
        });
    }

    @Test
    void fullReplyWritesEveryByteWithValidators() throws IOException {
        RecordedResponse response = new RecordedResponse();
        writer().write(new Reply.Full(), file, response.mock, false);

        assertEquals(200, response.status);
        assertEquals("video/mp4", response.header("Content-Type"));
        assertEquals("100000", response.header("Content-Length"));
        assertEquals("bytes", response.header("Accept-Ranges"));
        assertEquals(file.representation().etag().toString(), response.header("ETag"));
        assertEquals("Wed, 01 May 2024 10:00:00 GMT", response.header("Last-Modified"));
        assertArrayEquals(bytes, response.body.toByteArray());
        assertTrue(opened.stream().noneMatch(FileChannel::isOpen), "file closed");
    }

    @Test
    void headSendsTheSameHeadersWithoutOpeningTheFile() throws IOException {
        RecordedResponse response = new RecordedResponse();
        BodyWriter neverOpens = new BodyWriter(media -> {
            throw new AssertionError("HEAD must not read the file");
        });
        neverOpens.write(new Reply.Partial(new ByteRange(10, 19)), file, response.mock, true);

        assertEquals(206, response.status);
        assertEquals("10", response.header("Content-Length"));
        assertEquals("bytes 10-19/100000", response.header("Content-Range"));
        assertEquals(0, response.body.size());
    }

    @Test
    void partialReplyWritesOnlyTheRange() throws IOException {
        RecordedResponse response = new RecordedResponse();
        writer().write(new Reply.Partial(new ByteRange(99_990, 99_999)), file, response.mock, false);

        assertEquals(206, response.status);
        assertEquals("bytes 99990-99999/100000", response.header("Content-Range"));
        assertEquals("10", response.header("Content-Length"));
        assertEquals("0123456789", response.body.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void multipartReplyFramesEachRangeWithExactLength() throws IOException {
        RecordedResponse response = new RecordedResponse();
        Reply.Multipart reply = new Reply.Multipart(List.of(new ByteRange(0, 2), new ByteRange(20_005, 20_009)), "SEP");
        writer().write(reply, file, response.mock, false);

        String body = response.body.toString(StandardCharsets.US_ASCII);
        assertEquals(206, response.status);
        assertEquals("multipart/byteranges; boundary=SEP", response.header("Content-Type"));
        assertEquals(String.valueOf(response.body.size()), response.header("Content-Length"));
        assertNull(response.header("Content-Range"));
        assertEquals("--SEP\r\nContent-Type: video/mp4\r\nContent-Range: bytes 0-2/100000\r\n\r\n012"
                + "\r\n--SEP\r\nContent-Type: video/mp4\r\nContent-Range: bytes 20005-20009/100000\r\n\r\n56789"
                + "\r\n--SEP--\r\n", body);
    }

    @Test
    void notModifiedSendsValidatorsAndNoBody() throws IOException {
        RecordedResponse response = new RecordedResponse();
        writer().write(new Reply.NotModified(), file, response.mock, false);

        assertEquals(304, response.status);
        assertEquals(file.representation().etag().toString(), response.header("ETag"));
        assertNull(response.header("Content-Length"));
        assertNull(response.header("Last-Modified"));
        assertEquals(0, response.body.size());
        assertTrue(opened.isEmpty());
    }

    @Test
    void preconditionFailedIsEmpty() throws IOException {
        RecordedResponse response = new RecordedResponse();
        writer().write(new Reply.PreconditionFailed(), file, response.mock, false);

        assertEquals(412, response.status);
        assertEquals("0", response.header("Content-Length"));
        assertEquals(0, response.body.size());
    }

    @Test
    void rangeNotSatisfiableNamesTheCompleteLength() throws IOException {
        RecordedResponse response = new RecordedResponse();
        writer().write(new Reply.RangeNotSatisfiable(SIZE), file, response.mock, false);

        assertEquals(416, response.status);
        assertEquals("bytes */100000", response.header("Content-Range"));
        assertEquals("0", response.header("Content-Length"));
    }

    @Test
    void clientThatDisconnectsIsNormalAndClosesTheFile() throws IOException {
        RecordedResponse response = new RecordedResponse().failingAfter(20_000);
        writer().write(new Reply.Full(), file, response.mock, false);

        assertEquals(Optional.empty(), response.error);
        assertTrue(response.body.size() <= 20_000);
        assertTrue(opened.stream().noneMatch(FileChannel::isOpen), "file closed");
        assertEquals(List.of(), levelsAtOrAbove(Level.INFO));
        assertTrue(logged.stream().anyMatch(r -> r.getLevel() == Level.FINE && r.getThrown() == null));
    }

    @Test
    void readFailureBeforeCommitAnswers500() throws IOException {
        RecordedResponse response = new RecordedResponse();
        Files.write(file.path(), new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        writer().write(new Reply.Full(), file, response.mock, false);

        assertEquals(Optional.of(500), response.error);
        assertEquals(List.of(Level.WARNING), levelsAtOrAbove(Level.INFO));
        assertTrue(opened.stream().noneMatch(FileChannel::isOpen), "file closed");
    }

    @Test
    void readFailureAfterCommitAbandonsTheResponse() throws IOException {
        RecordedResponse response = new RecordedResponse().committingAfter(8 * 1024);
        Files.write(file.path(), Arrays.copyOf(bytes, 50_000), StandardOpenOption.TRUNCATE_EXISTING);
        IOException abandoned = assertThrows(IOException.class,
                () -> writer().write(new Reply.Full(), file, response.mock, false));

        assertTrue(abandoned.getMessage().contains("abandoned"));
        assertEquals(Optional.empty(), response.error);
        assertEquals(50_000, response.body.size());
        assertTrue(opened.stream().noneMatch(FileChannel::isOpen), "file closed");
        assertEquals(List.of(Level.WARNING), levelsAtOrAbove(Level.INFO));
    }

    @Test
    void fileThatVanishedAnswers404() throws IOException {
        RecordedResponse response = new RecordedResponse();
        BodyWriter vanished = new BodyWriter(media -> {
            throw new NoSuchFileException(media.path().toString());
        });
        vanished.write(new Reply.Full(), file, response.mock, false);

        assertEquals(Optional.of(404), response.error);
    }

    @Test
    void everyReplyKindIsWritten() throws IOException {
        Map<Class<?>, Reply> samples = Map.of(
                Reply.Full.class, new Reply.Full(),
                Reply.Partial.class, new Reply.Partial(new ByteRange(0, 0)),
                Reply.Multipart.class, new Reply.Multipart(List.of(new ByteRange(0, 0), new ByteRange(5, 5)), "b"),
                Reply.NotModified.class, new Reply.NotModified(),
                Reply.PreconditionFailed.class, new Reply.PreconditionFailed(),
                Reply.RangeNotSatisfiable.class, new Reply.RangeNotSatisfiable(SIZE));
        assertEquals(Set.of(Reply.class.getPermittedSubclasses()), samples.keySet(), "a sample for every kind");
        for (Reply reply : samples.values()) {
            RecordedResponse response = new RecordedResponse();
            writer().write(reply, file, response.mock, false);
            assertEquals(reply.status(), response.status, reply.toString());
        }
    }

    private List<Level> levelsAtOrAbove(Level level) {
        return logged.stream().map(LogRecord::getLevel)
                .filter(l -> l.intValue() >= level.intValue()).collect(Collectors.toList());
    }

    @Test
    void copiesThroughAnEightKibibyteBuffer() throws IOException {
        RecordedResponse response = new RecordedResponse();
        writer().write(new Reply.Full(), file, response.mock, false);

        assertEquals(8192, response.largestWrite);
        assertEquals(SIZE, response.body.size());
    }
}

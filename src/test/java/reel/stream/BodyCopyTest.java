package reel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.http.ByteRange;

/** The one copy step: each answer it can give, on a real file. */
class BodyCopyTest {

    private static final FileVersion UNCHANGED = () -> false;

    @TempDir
    Path folder;

    private static ResponseBody region(long first, long last) {
        return new ResponseBody("video/mp4", last - first + 1, Optional.empty(),
                List.of(new ResponseBody.FileRegion(new ByteRange(first, last))));
    }

    @Test
    void fillsEightKibibytesAtATimeFromThePositionThenFinishes() throws IOException {
        byte[] bytes = AsyncStreamTest.offsets(20_000);
        try (FileChannel channel = open(bytes)) {
            BodyCopy copy = new BodyCopy(channel, region(100, 19_999), UNCHANGED);
            int total = 0;
            for (int expected : new int[] {8192, 8192, 3516}) {
                BodyCopy.Filled filled = assertInstanceOf(BodyCopy.Filled.class, copy.next());
                assertEquals(expected, filled.length());
                assertEquals(Arrays.toString(Arrays.copyOfRange(bytes, 100 + total, 100 + total + expected)),
                        Arrays.toString(Arrays.copyOf(copy.bytes(), expected)));
                copy.advance(expected);
                total += expected;
            }
            assertInstanceOf(BodyCopy.Finished.class, copy.next());
            assertEquals(19_900, copy.written());
        }
    }

    @Test
    void framingComesFromTheBodyItself() throws IOException {
        try (FileChannel channel = open(new byte[0])) {
            ResponseBody body = new ResponseBody("text/plain", 5, Optional.empty(),
                    List.of(new ResponseBody.Bytes("--SEP".getBytes(StandardCharsets.US_ASCII))));
            BodyCopy copy = new BodyCopy(channel, body, UNCHANGED);
            BodyCopy.Filled filled = assertInstanceOf(BodyCopy.Filled.class, copy.next());
            assertEquals("--SEP", new String(copy.bytes(), 0, filled.length(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aFileShorterThanTheReplyEndsEarly() throws IOException {
        try (FileChannel channel = open(new byte[10])) {
            BodyCopy.Step step = new BodyCopy(channel, region(0, 99), UNCHANGED).next();
            BodyCopy.Filled filled = assertInstanceOf(BodyCopy.Filled.class, step);
            assertEquals(10, filled.length());
            BodyCopy copy = new BodyCopy(channel, region(50, 99), UNCHANGED);
            assertEquals("the file is shorter than when the reply was decided",
                    BodyCopy.reason(assertInstanceOf(BodyCopy.EndedEarly.class, copy.next())));
        }
    }

    @Test
    void aFileThatCannotBeReadIsAReadFailure() throws IOException {
        FileChannel channel = open(new byte[100]);
        channel.close();
        BodyCopy.Step step = new BodyCopy(channel, region(0, 99), UNCHANGED).next();
        assertEquals("java.nio.channels.ClosedChannelException",
                BodyCopy.reason(assertInstanceOf(BodyCopy.ReadFailed.class, step)));
    }

    /** Asked once per {@value BodyCopy#CHECK_EVERY} reads and after the body's last one; a change ends the copy. */
    @Test
    void theFileIsCheckedEveryMegabyteAndAfterTheLastRead() throws IOException {
        int size = BodyCopy.BUFFER_SIZE * (BodyCopy.CHECK_EVERY + 10);
        try (FileChannel channel = open(new byte[size])) {
            int[] asked = {0};
            BodyCopy copy = new BodyCopy(channel, region(0, size - 1), () -> {
                asked[0]++;
                return false;
            });
            List<Integer> askedAfter = new java.util.ArrayList<>();
            for (int read = 1; copy.next() instanceof BodyCopy.Filled filled; read++) {
                copy.advance(filled.length());
                if (asked[0] > askedAfter.size()) {
                    askedAfter.add(read);
                }
            }
            assertEquals(List.of(BodyCopy.CHECK_EVERY, BodyCopy.CHECK_EVERY + 10), askedAfter);
        }
    }

    @Test
    void aChangedFileEndsTheCopyInsteadOfMixingVersions() throws IOException {
        try (FileChannel channel = open(new byte[100])) {
            BodyCopy.Step step = new BodyCopy(channel, region(0, 99), () -> true).next();

            assertEquals("the file changed while it was being sent (its size or modification time is not the one"
                    + " its ETag names)", BodyCopy.reason(assertInstanceOf(BodyCopy.Changed.class, step)));
        }
    }

    @Test
    void multipartChecksAfterItsLastFileBytesNotAfterTheClosingBoundary() throws IOException {
        try (FileChannel channel = open(new byte[100])) {
            ResponseBody body = new ResponseBody("multipart/byteranges; boundary=SEP", 0, Optional.empty(), List.of(
                    new ResponseBody.FileRegion(new ByteRange(0, 9)), new ResponseBody.FileRegion(new ByteRange(50, 59)),
                    new ResponseBody.Bytes("--SEP--".getBytes(StandardCharsets.US_ASCII))));
            BodyCopy copy = new BodyCopy(channel, body, () -> true);

            BodyCopy.Filled first = assertInstanceOf(BodyCopy.Filled.class, copy.next());
            copy.advance(first.length());
            assertInstanceOf(BodyCopy.Changed.class, copy.next());
        }
    }

    /** Before the first byte the client can be told 500; after it only a broken connection is honest. */
    @Test
    void aReadFailureIsA500BeforeCommitAndAnAbandonedConnectionAfter() {
        assertEquals(BodyCopy.FailureAnswer.SERVER_ERROR, BodyCopy.FailureAnswer.whenCommitted(false));
        assertEquals(BodyCopy.FailureAnswer.ABANDON, BodyCopy.FailureAnswer.whenCommitted(true));
    }

    private FileChannel open(byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve("clip.mp4"), bytes);
        return FileChannel.open(file, StandardOpenOption.READ);
    }
}

package reel.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reel.http.ByteRange;
import reel.http.Reply;
import reel.media.LibraryPath;
import reel.media.MediaFile;

/** The non-blocking copy, driven by a fake container: every way a stream can end, and what each leaves. */
public class AsyncStreamTest {

    private static final Instant MODIFIED = Instant.parse("2024-05-01T10:00:00Z");

    private static final int SIZE = 100_000;
    /** The turns of a stream that runs alone. */
    private static final FairTurns ALONE = new FairTurns(() -> 1);

    @TempDir
    Path folder;

    private MediaFile file;
    private byte[] bytes;
    private FileChannel channel;
    private final FakeAsync async = new FakeAsync();
    private final List<AsyncStream> started = new ArrayList<>();
    private final List<AsyncStream> ended = new ArrayList<>();
    private final RecordedLog log = RecordedLog.of(AsyncStream.class);

    @BeforeEach
    void writeFixture() throws IOException {
        bytes = offsets(SIZE);
        Path path = Files.write(folder.resolve("clip.mp4"), bytes);
        Files.setLastModifiedTime(path, FileTime.from(MODIFIED));
        file = new MediaFile(path, LibraryPath.ROOT.child("clip.mp4"), "clip.mp4", SIZE, MODIFIED, "video/mp4");
        channel = FileChannel.open(path, StandardOpenOption.READ);
    }

    @AfterEach
    void stopRecording() throws IOException {
        log.close();
        channel.close();
    }

    /** Bytes that spell their offsets: a failing range shows where it went wrong. */
    public static byte[] offsets(int size) {
        byte[] data = new byte[size];
        for (int i = 0; i < size; i++) {
            data[i] = (byte) ('0' + i % 10);
        }
        return data;
    }

    @Test
    void copiesEveryByteThroughAnEightKibibyteBufferAndCompletesOnce() throws IOException {
        RecordedResponse response = new RecordedResponse();
        AsyncStream stream = start(response, ResponseBody.whole(file));
        async.runWrites(response);

        assertArrayEquals(bytes, response.body.toByteArray());
        assertEquals(8192, response.largestWrite);
        assertEquals(1, async.completions);
        assertEquals(Optional.of(StreamEnding.COMPLETED), stream.ending());
        assertFalse(channel.isOpen(), "file closed");
        assertEquals(List.of(stream), started);
        assertEquals(List.of(stream), ended);
        assertEquals(List.of(), log.levelsAtOrAbove(Level.INFO));
    }

    /** A stalled client pins one chunk in the container, not a large buffer: every chunk is flushed while it can be. */
    @Test
    void eachChunkIsFlushedWhileTheClientTakesIt() throws IOException {
        RecordedResponse response = new RecordedResponse().writingPerEvent(3);
        start(response, ResponseBody.whole(file));
        async.runWrites(response);

        assertArrayEquals(bytes, response.body.toByteArray());
        // Three writes per event: two flushed at once, the third, written as the socket filled, first
        // thing in the next event.
        assertEquals(13, response.writes);
        assertEquals(13, response.flushes);
    }

    /** Fair turns: a client that could take everything still gets it one bounded turn at a time. */
    @Test
    void aTurnEndsAfterTurnBytesAndTheNextWaitsItsTurnOnTheContainer() throws IOException {
        int size = 3 * FairTurns.LONGEST + 1000;
        byte[] large = offsets(size);
        Path path = Files.write(folder.resolve("large.mp4"), large);
        Files.setLastModifiedTime(path, FileTime.from(MODIFIED));
        MediaFile largeFile = new MediaFile(path, LibraryPath.ROOT.child("large.mp4"), "large.mp4", size, file.modified(), "video/mp4");
        RecordedResponse response = new RecordedResponse();
        try (FileChannel largeChannel = FileChannel.open(path, StandardOpenOption.READ)) {
            AsyncStream.start(new StreamJob(async.context, response.mock, largeChannel, largeFile,
                    ResponseBody.whole(largeFile), Optional.empty(), ALONE, started::add, ended::add));
            response.listener.onWritePossible();

            // Two chunks past the turn, unflushed, fill the container's buffers: the next turn is the container's.
            assertEquals(FairTurns.LONGEST + 2 * BodyCopy.BUFFER_SIZE, response.body.size());
            assertFalse(response.isReady());
            async.runWrites(response);
        }
        assertArrayEquals(large, response.body.toByteArray());
        assertEquals(1, async.completions);
        assertEquals(2, async.writeEvents, "the rest in two more turns, the last one short");
        assertTrue(async.queued.isEmpty(), "no turn ran on a thread of its own");
    }

    /** Among many streams a turn is short, so that a round of everybody's turns stays short too. */
    @Test
    void amongManyStreamsATurnIsShorter() throws IOException {
        RecordedResponse response = new RecordedResponse();
        Path path = Files.write(folder.resolve("large.mp4"), offsets(FairTurns.LONGEST));
        Files.setLastModifiedTime(path, FileTime.from(MODIFIED));
        MediaFile largeFile = new MediaFile(path, LibraryPath.ROOT.child("large.mp4"), "large.mp4", FairTurns.LONGEST, file.modified(), "video/mp4");
        try (FileChannel largeChannel = FileChannel.open(path, StandardOpenOption.READ)) {
            AsyncStream.start(new StreamJob(async.context, response.mock, largeChannel, largeFile,
                    ResponseBody.whole(largeFile), Optional.empty(), new FairTurns(() -> 5000), started::add,
                    ended::add));
            response.listener.onWritePossible();
        }
        assertEquals(FairTurns.SHORTEST + 2 * BodyCopy.BUFFER_SIZE, response.body.size());
    }

    @Test
    void slowClientGetsTheSameBytesOverManyWriteEvents() throws IOException {
        RecordedResponse response = new RecordedResponse().writingPerEvent(1);
        start(response, ResponseBody.partial(new Reply.Partial(new ByteRange(5, 50_004)), file));
        async.runWrites(response);

        assertArrayEquals(Arrays.copyOfRange(bytes, 5, 50_005), response.body.toByteArray());
        // One event per 8 KB write, and one more to see that the last write went out before completing.
        assertEquals(50_000 / 8192 + 1 + 1, async.writeEvents);
        assertEquals(1, async.completions);
    }

    @Test
    void multipartBodyInterleavesFramingAndRanges() throws IOException {
        RecordedResponse response = new RecordedResponse().writingPerEvent(2);
        Reply.Multipart reply = new Reply.Multipart(List.of(new ByteRange(0, 2), new ByteRange(20_005, 20_009)), "SEP");
        start(response, ResponseBody.multipart(reply, file));
        async.runWrites(response);

        assertEquals("--SEP\r\nContent-Type: video/mp4\r\nContent-Range: bytes 0-2/100000\r\n\r\n012"
                + "\r\n--SEP\r\nContent-Type: video/mp4\r\nContent-Range: bytes 20005-20009/100000\r\n\r\n56789"
                + "\r\n--SEP--\r\n", response.body.toString(StandardCharsets.US_ASCII));
        assertEquals(1, async.completions);
    }

    @Test
    void clientThatGoesAwayIsNormalClosesTheFileAndCompletes() throws IOException {
        RecordedResponse response = new RecordedResponse().failingAfter(20_000);
        AsyncStream stream = start(response, ResponseBody.whole(file));
        async.runWrites(response);

        assertEquals(Optional.of(StreamEnding.CLIENT_GONE), stream.ending());
        assertTrue(response.body.size() <= 20_000);
        assertFalse(channel.isOpen(), "file closed");
        assertEquals(1, async.completions);
        assertEquals(List.of(stream), ended);
        assertEquals(List.of(), log.levelsAtOrAbove(Level.INFO));
        assertTrue(log.records().stream().anyMatch(r -> r.getLevel() == Level.FINE && r.getThrown() == null));
    }

    @Test
    void readFailureBeforeCommitAnswers500() throws IOException {
        RecordedResponse response = new RecordedResponse();
        Files.write(file.path(), new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        AsyncStream stream = start(response, ResponseBody.whole(file));
        async.runWrites(response);

        assertEquals(500, response.status);
        assertEquals("0", response.header("Content-Length"));
        assertEquals(0, response.body.size());
        assertEquals(1, async.completions);
        assertEquals(Optional.of(StreamEnding.READ_FAILED), stream.ending());
        assertEquals(List.of(Level.WARNING), log.levelsAtOrAbove(Level.INFO));
        assertFalse(channel.isOpen(), "file closed");
    }

    @Test
    void readFailureAfterCommitAbandonsTheConnection() throws IOException {
        RecordedResponse response = new RecordedResponse().committingAfter(8 * 1024);
        Files.write(file.path(), Arrays.copyOf(bytes, 50_000), StandardOpenOption.TRUNCATE_EXISTING);
        AsyncStream stream = start(response, ResponseBody.whole(file));
        async.runWrites(response);

        assertTrue(async.thrown.orElseThrow().getMessage().contains("abandoned after 50000 bytes"));
        assertEquals(50_000, response.body.size());
        assertEquals(Optional.of(StreamEnding.READ_FAILED), stream.ending());
        assertEquals(List.of(Level.WARNING), log.levelsAtOrAbove(Level.INFO));
        assertFalse(channel.isOpen(), "file closed");
        assertEquals(List.of(stream), ended);
    }

    @Test
    void timeoutClosesTheFileAndLeavesTheResponseIncompleteForTheContainerToClose() throws IOException {
        RecordedResponse response = new RecordedResponse().writingPerEvent(2);
        AsyncStream stream = start(response, ResponseBody.whole(file));
        response.listener.onWritePossible();
        async.timeOut();

        assertEquals(Optional.of(StreamEnding.TIMED_OUT), stream.ending());
        assertFalse(channel.isOpen(), "file closed");
        assertEquals(0, async.completions, "completing would leave the client waiting for promised bytes");
        assertEquals(List.of(Level.INFO), log.levelsAtOrAbove(Level.INFO));
    }

    @Test
    void shutDownClosesTheFileAtOnceAndTheConnectionAtTheNextWriteEvent() throws IOException {
        RecordedResponse response = new RecordedResponse().writingPerEvent(2);
        AsyncStream stream = start(response, ResponseBody.whole(file));
        response.listener.onWritePossible();
        stream.shutDown();

        assertFalse(channel.isOpen(), "file closed before the client reads again");
        async.runWrites(response);
        assertTrue(async.thrown.orElseThrow().getMessage().contains("reel stopped"));
        assertEquals(16_384, response.body.size());
        assertEquals(Optional.of(StreamEnding.SHUT_DOWN), stream.ending());
        assertEquals(List.of(), log.levelsAtOrAbove(Level.INFO));
    }

    @Test
    void everyLaterEndingSignalIsIgnoredOnceTheStreamHasEnded() throws IOException {
        RecordedResponse response = new RecordedResponse().writingPerEvent(1);
        AsyncStream stream = start(response, ResponseBody.whole(file));
        response.listener.onWritePossible();
        async.timeOut();
        stream.onError(new IOException("Broken pipe"));
        stream.onComplete(null);
        stream.shutDown();

        assertEquals(Optional.of(StreamEnding.TIMED_OUT), stream.ending());
        assertEquals(List.of(stream), ended);
    }

    /** 16 KB/s with a one-second burst, on a clock the test moves: writes stop when ahead, resume when due. */
    @Test
    void bandwidthCapPausesTheStreamAndResumesItOnTime() throws IOException {
        long[] now = {0};
        List<Long> waits = new ArrayList<>();
        List<Runnable> wakeups = new ArrayList<>();
        Pacing pacing = new Pacing(BandwidthLimit.perSecond(16_384, () -> now[0]),
                (nanos, resume) -> waits.add(nanos) && wakeups.add(resume));
        doAnswer(call -> {
            ((Runnable) call.getArgument(0)).run();
            return null;
        }).when(async.context).start(any(Runnable.class));
        RecordedResponse response = new RecordedResponse();
        AsyncStream.start(new StreamJob(async.context, response.mock, channel, file, ResponseBody.whole(file),
                Optional.of(pacing), ALONE, started::add, ended::add)).onWritePossible();

        assertEquals(24_576, response.body.size(), "the burst and one chunk beyond it");
        assertEquals(List.of(500_000_000L), waits, "half a second until 8 KB more are due at 16 KB/s");
        now[0] += 500_000_000L;
        wakeups.remove(0).run();
        assertEquals(32_768, response.body.size());
        assertEquals(2, waits.size());

        while (!wakeups.isEmpty()) {
            now[0] += waits.get(waits.size() - 1);
            wakeups.remove(0).run();
        }
        assertArrayEquals(bytes, response.body.toByteArray());
        assertEquals(1, async.completions);
        assertEquals(now[0] / 1e9, (SIZE - 16_384) / 16_384.0, 0.5, "seconds taken at the capped rate");
    }

    /** A capped stream whose client is also slow waits for the container's event only: one writer, never two. */
    @Test
    void aCappedStreamThatTheContainerOwesAnEventIsNotAlsoWokenByThePacer() throws IOException {
        List<Runnable> wakeups = new ArrayList<>();
        Pacing pacing = new Pacing(BandwidthLimit.perSecond(16_384, () -> 0L), (nanos, resume) -> wakeups.add(resume));
        RecordedResponse response = new RecordedResponse().writingPerEvent(1);
        AsyncStream.start(new StreamJob(async.context, response.mock, channel, file, ResponseBody.whole(file),
                Optional.of(pacing), ALONE, started::add, ended::add));
        for (int event = 0; event < 3; event++) {
            response.clientReads();
            response.listener.onWritePossible();
        }

        assertEquals(24_576, response.body.size(), "the burst and one chunk beyond it, one chunk per event");
        assertEquals(List.of(), wakeups, "the container's next write event is the only resume");
    }

    /**
     * No event reaches a paused stream again: the shortest async timeout has the container end the
     * request as an error and close the connection; completing would leave the client waiting.
     */
    @Test
    void stoppingReelHasTheContainerCloseAStreamPausedByItsCap() throws IOException {
        List<Runnable> wakeups = new ArrayList<>();
        Pacing pacing = new Pacing(BandwidthLimit.perSecond(16_384, () -> 0L),
                (nanos, resume) -> wakeups.add(resume));
        RecordedResponse response = new RecordedResponse();
        AsyncStream stream = AsyncStream.start(new StreamJob(async.context, response.mock, channel, file,
                ResponseBody.whole(file), Optional.of(pacing), ALONE, started::add, ended::add));
        stream.onWritePossible();

        stream.shutDown();

        assertEquals(1, wakeups.size());
        assertFalse(channel.isOpen(), "file closed");
        verify(async.context).setTimeout(1);
        assertEquals(0, async.completions);
        assertEquals(Optional.of(StreamEnding.SHUT_DOWN), stream.ending());
    }

    /**
     * A capped stream's next turn runs from the pacer, outside the container's write callback: a read
     * failure there must still close the connection (the shortest async timeout), not complete the
     * response as if whole and leave the client waiting for the promised bytes.
     */
    @Test
    void aReadFailureOnAPacedTurnHasTheContainerCloseTheConnection() throws IOException {
        List<Runnable> wakeups = new ArrayList<>();
        Pacing pacing = new Pacing(BandwidthLimit.perSecond(16_384, () -> 0L),
                (nanos, resume) -> wakeups.add(resume));
        RecordedResponse response = new RecordedResponse().committingAfter(0);
        AsyncStream stream = AsyncStream.start(new StreamJob(async.context, response.mock, channel, file,
                ResponseBody.whole(file), Optional.of(pacing), ALONE, started::add, ended::add));
        stream.onWritePossible();
        channel.close();

        wakeups.get(0).run();
        async.queued.poll().run();

        assertEquals(Optional.of(StreamEnding.READ_FAILED), stream.ending());
        verify(async.context).setTimeout(1);
        assertEquals(0, async.completions);
    }

    @Test
    void emptyBodyCompletesWithoutWriting() throws IOException {
        RecordedResponse response = new RecordedResponse();
        Files.write(file.path(), new byte[0], StandardOpenOption.TRUNCATE_EXISTING);
        MediaFile empty = new MediaFile(file.path(), file.place(), file.name(), 0, file.modified(), "video/mp4");
        start(response, ResponseBody.whole(empty));
        async.runWrites(response);

        assertEquals(0, response.body.size());
        assertEquals(1, async.completions);
    }

    private AsyncStream start(RecordedResponse response, ResponseBody body) throws IOException {
        return AsyncStream.start(new StreamJob(async.context, response.mock, channel, file, body,
                Optional.empty(), ALONE, started::add, ended::add));
    }
}

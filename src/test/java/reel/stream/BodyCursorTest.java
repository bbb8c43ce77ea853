package reel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import reel.http.ByteRange;

/** The chunks a body is copied in: sizes, positions, segment boundaries, short reads. */
class BodyCursorTest {

    private static ResponseBody body(ResponseBody.Segment... segments) {
        long length = 0;
        for (ResponseBody.Segment segment : segments) {
            length += segment instanceof ResponseBody.Bytes b ? b.bytes().length
                    : ((ResponseBody.FileRegion) segment).range().length();
        }
        return new ResponseBody("video/mp4", length, Optional.empty(), List.of(segments));
    }

    private static ResponseBody.FileRegion region(long first, long last) {
        return new ResponseBody.FileRegion(new ByteRange(first, last));
    }

    private static ResponseBody.Bytes text(String text) {
        return new ResponseBody.Bytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    static Stream<Arguments> walks() {
        return Stream.of(
                Arguments.of(body(), 8192, List.of()),
                Arguments.of(body(region(0, 0)), 8192, List.of("file@0+1")),
                Arguments.of(body(region(0, 8191)), 8192, List.of("file@0+8192")),
                Arguments.of(body(region(0, 8192)), 8192, List.of("file@0+8192", "file@8192+1")),
                Arguments.of(body(region(100, 20_099)), 8192, List.of("file@100+8192", "file@8292+8192", "file@16484+3616")),
                // Near the end of a file over 2 GiB: positions are longs, chunk lengths stay small.
                Arguments.of(body(region(3L << 30, (3L << 30) + 9)), 8192, List.of("file@3221225472+10")),
                Arguments.of(body(text("--a\r\n"), region(5, 6), text("--a--")), 8192,
                        List.of("bytes[0]+5", "file@5+2", "bytes[0]+5")),
                Arguments.of(body(text("abcdef")), 4, List.of("bytes[0]+4", "bytes[4]+2")),
                Arguments.of(body(text(""), region(0, 3), text("")), 8192, List.of("file@0+4")));
    }

    @ParameterizedTest(name = "{index}: {2}")
    @MethodSource("walks")
    void walksTheSegmentsInChunks(ResponseBody body, int maxChunk, List<String> chunks) {
        BodyCursor cursor = new BodyCursor(body, maxChunk);
        List<String> seen = new ArrayList<>();
        for (Optional<BodyCursor.Chunk> chunk = cursor.next(); chunk.isPresent(); chunk = cursor.next()) {
            seen.add(describe(chunk.get()));
            cursor.advance(chunk.get().length());
        }

        assertEquals(chunks, seen);
        assertEquals(Optional.empty(), cursor.next());
        assertEquals(body.contentLength(), cursor.written());
    }

    @Test
    void aShortReadResumesWhereItStopped() {
        BodyCursor cursor = new BodyCursor(body(region(0, 9999)), 8192);
        cursor.advance(1000);

        assertEquals("file@1000+8192", describe(cursor.next().orElseThrow()));
        cursor.advance(8192);
        assertEquals("file@9192+808", describe(cursor.next().orElseThrow()));
        assertEquals(9192, cursor.written());
    }

    @Test
    void advancingPastTheChunkIsABug() {
        BodyCursor cursor = new BodyCursor(body(text("ab"), region(0, 9)), 8192);

        assertThrows(IllegalArgumentException.class, () -> cursor.advance(3));
        assertThrows(IllegalArgumentException.class, () -> cursor.advance(-1));
        assertThrows(IllegalArgumentException.class, () -> new BodyCursor(body(), 0));
    }

    private static String describe(BodyCursor.Chunk chunk) {
        if (chunk instanceof BodyCursor.Literal literal) {
            return "bytes[" + literal.offset() + "]+" + literal.length();
        }
        BodyCursor.FileSlice slice = (BodyCursor.FileSlice) chunk;
        return "file@" + slice.position() + "+" + slice.length();
    }
}

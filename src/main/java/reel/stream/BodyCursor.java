package reel.stream;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import reel.http.ByteRange;

/**
 * Where a response body is in its copy: walks a {@link ResponseBody}'s segments in chunks no larger
 * than the copy buffer, so the writer only ever asks "what next" and says "this much went out".
 * A file read may deliver less than asked, hence advancing by what was actually written.
 */
final class BodyCursor {

    /** The next piece to put in the buffer. */
    sealed interface Chunk permits Literal, FileSlice {
        int length();
    }

    /** Bytes the reply itself supplies (multipart framing). */
    record Literal(byte[] bytes, int offset, int length) implements Chunk {
    }

    /** Bytes to read from the file at {@code position}; {@code last} when no file bytes come after them. */
    record FileSlice(long position, int length, boolean last) implements Chunk {
    }

    private final List<ResponseBody.Segment> segments;
    private final int maxChunk;
    private final int lastFileSegment;
    private int segment;
    private long doneInSegment;
    private long written;

    BodyCursor(ResponseBody body, int maxChunk) {
        if (maxChunk <= 0) {
            throw new IllegalArgumentException("maxChunk must be positive: " + maxChunk);
        }
        this.segments = Objects.requireNonNull(body, "body").segments();
        this.maxChunk = maxChunk;
        int last = -1;
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i) instanceof ResponseBody.FileRegion) {
                last = i;
            }
        }
        this.lastFileSegment = last;
        skipFinishedSegments();
    }

    /** The next chunk, or empty once every segment has been written. */
    Optional<Chunk> next() {
        if (segment == segments.size()) {
            return Optional.empty();
        }
        ResponseBody.Segment current = segments.get(segment);
        long left = length(current) - doneInSegment;
        int length = (int) Math.min(maxChunk, left);
        if (current instanceof ResponseBody.Bytes bytes) {
            return Optional.of(new Literal(bytes.bytes(), (int) doneInSegment, length));
        }
        ByteRange range = ((ResponseBody.FileRegion) current).range();
        return Optional.of(new FileSlice(range.first() + doneInSegment, length,
                segment == lastFileSegment && left == length));
    }

    /** Records that {@code count} bytes of the current chunk went out. */
    void advance(int count) {
        if (segment == segments.size() || count < 0 || count > length(segments.get(segment)) - doneInSegment) {
            throw new IllegalArgumentException("cannot advance " + count + " bytes at segment " + segment);
        }
        doneInSegment += count;
        written += count;
        skipFinishedSegments();
    }

    /** Body bytes written so far. */
    long written() {
        return written;
    }

    private void skipFinishedSegments() {
        while (segment < segments.size() && doneInSegment == length(segments.get(segment))) {
            segment++;
            doneInSegment = 0;
        }
    }

    private static long length(ResponseBody.Segment segment) {
        if (segment instanceof ResponseBody.Bytes bytes) {
            return bytes.bytes().length;
        }
        return ((ResponseBody.FileRegion) segment).range().length();
    }
}

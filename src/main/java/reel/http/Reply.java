package reel.http;

import java.util.List;

/** What to answer a GET or HEAD for a representation, decided before anything is written. */
public sealed interface Reply permits Reply.Full, Reply.Partial, Reply.Multipart, Reply.NotModified,
        Reply.PreconditionFailed, Reply.RangeNotSatisfiable {

    int status();

    /** 200 with the whole representation. */
    record Full() implements Reply {
        @Override
        public int status() {
            return 200;
        }
    }

    /** 206 with one range and its Content-Range (§15.3.7.1). */
    record Partial(ByteRange range) implements Reply {
        @Override
        public int status() {
            return 206;
        }
    }

    /** 206 multipart/byteranges (§14.6), ranges coalesced in the order asked for, with this response's boundary. */
    record Multipart(List<ByteRange> ranges, String boundary) implements Reply {
        public Multipart {
            ranges = List.copyOf(ranges);
            if (ranges.size() < 2) {
                throw new IllegalArgumentException("multipart needs at least two ranges");
            }
        }

        @Override
        public int status() {
            return 206;
        }
    }

    /** 304 (§15.4.5). */
    record NotModified() implements Reply {
        @Override
        public int status() {
            return 304;
        }
    }

    /** 412 (§15.5.13). */
    record PreconditionFailed() implements Reply {
        @Override
        public int status() {
            return 412;
        }
    }

    /** 416 with {@code Content-Range: bytes *}{@code /completeLength} (§15.5.17). */
    record RangeNotSatisfiable(long completeLength) implements Reply {
        @Override
        public int status() {
            return 416;
        }

        public String contentRange() {
            return "bytes */" + completeLength;
        }
    }
}

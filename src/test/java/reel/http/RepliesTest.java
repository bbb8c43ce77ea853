package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The whole decision for a 10 000-byte file: preconditions, then If-Range, then Range. */
class RepliesTest {

    static String describe(Reply reply) {
        if (reply instanceof Reply.Partial partial) {
            return "206 " + partial.range();
        }
        if (reply instanceof Reply.Multipart multipart) {
            return "206 multipart " + multipart.ranges().stream().map(ByteRange::toString)
                    .collect(Collectors.joining(" ")) + " boundary=" + multipart.boundary();
        }
        if (reply instanceof Reply.RangeNotSatisfiable unsatisfiable) {
            return "416 " + unsatisfiable.contentRange();
        }
        return String.valueOf(reply.status());
    }

    @ParameterizedTest(name = "Range {0}, If-Range {1}, If-Match {2}, If-None-Match {3} -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # plain
            -              | -         | -     | -     | 200
            bytes=0-       | -         | -     | -     | 206 0-9999
            bytes=0-99     | -         | -     | -     | 206 0-99
            bytes=-100     | -         | -     | -     | 206 9900-9999
            bytes=0-0,-1   | -         | -     | -     | 206 multipart 0-0 9999-9999 boundary=B
            bytes=0-9,10-19 | -        | -     | -     | 206 0-19
            bytes=10000-   | -         | -     | -     | 416 bytes */10000
            bytes=5-2      | -         | -     | -     | 200
            pages=1-2      | -         | -     | -     | 200
            # If-Range: a strong match or the exact Last-Modified keeps the range, anything else sends all
            bytes=0-99     | etag      | -     | -     | 206 0-99
            bytes=0-99     | same      | -     | -     | 206 0-99
            bytes=0-99     | other     | -     | -     | 200
            bytes=0-99     | weak      | -     | -     | 200
            bytes=0-99     | earlier   | -     | -     | 200
            bytes=0-99     | later     | -     | -     | 200
            bytes=0-99     | invalid   | -     | -     | 200
            bytes=10000-   | other     | -     | -     | 200
            bytes=10000-   | etag      | -     | -     | 416 bytes */10000
            -              | etag      | -     | -     | 200
            # preconditions come before ranges
            bytes=0-99     | -         | other | -     | 412
            bytes=10000-   | -         | other | -     | 412
            bytes=0-99     | -         | etag  | -     | 206 0-99
            bytes=0-99     | -         | -     | etag  | 304
            bytes=10000-   | -         | -     | etag  | 304
            -              | -         | -     | star  | 304
            bytes=0-99     | -         | -     | other | 206 0-99
            """)
    void decides(String range, String ifRange, String ifMatch, String ifNoneMatch, String expected) {
        RequestHeaders headers = Fixtures.headers(range, ifRange, ifMatch, ifNoneMatch, "-", "-");
        assertEquals(expected, describe(Replies.decide(headers, Fixtures.FILE, () -> "B")));
    }

    @Test
    void ifModifiedSinceGivesNotModified() {
        RequestHeaders headers = Fixtures.headers("bytes=0-1", "-", "-", "-", "same", "-");
        assertEquals("304", describe(Replies.decide(headers, Fixtures.FILE)));
    }

    @Test
    void ifUnmodifiedSinceInThePastFails() {
        RequestHeaders headers = Fixtures.headers("-", "-", "-", "-", "-", "earlier");
        assertEquals("412", describe(Replies.decide(headers, Fixtures.FILE)));
    }

    @Test
    void emptyFileIgnoresRange() {
        Representation empty = new Representation(0, Fixtures.MODIFIED, EntityTag.of(0, Fixtures.MODIFIED));
        RequestHeaders headers = Fixtures.headers("bytes=0-", "-", "-", "-", "-", "-");
        assertEquals("200", describe(Replies.decide(headers, empty)));
    }

    @Test
    void everyResponseGetsItsOwnBoundary() {
        RequestHeaders headers = Fixtures.headers("bytes=0-0,-1", "-", "-", "-", "-", "-");
        Reply first = Replies.decide(headers, Fixtures.FILE);
        Reply second = Replies.decide(headers, Fixtures.FILE);
        assertNotEquals(((Reply.Multipart) first).boundary(), ((Reply.Multipart) second).boundary());
        assertEquals(32, ((Reply.Multipart) first).boundary().length());
    }

    @Test
    void everyReplyKindHasItsOwnStatus() {
        Set<String> kinds = Arrays.stream(Reply.class.getPermittedSubclasses())
                .map(Class::getSimpleName).collect(Collectors.toSet());
        assertEquals(Set.of("Full", "Partial", "Multipart", "NotModified", "PreconditionFailed",
                "RangeNotSatisfiable"), kinds);
    }
}

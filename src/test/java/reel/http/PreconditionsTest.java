package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The §13.2.2 order as a matrix of relations: each header is absent (-), or related to the file's
 * entity tag (etag, weak, other, star, list, malformed) or Last-Modified (earlier, same, later, invalid).
 */
class PreconditionsTest {

    @ParameterizedTest(name = "If-Match {0}, If-Unmodified-Since {1}, If-None-Match {2}, If-Modified-Since {3} -> {4}")
    @CsvSource(textBlock = """
            # no conditions
            -,         -,       -,         -,       PROCEED
            # If-Match: strong comparison, * matches any current file
            etag,      -,       -,         -,       PROCEED
            list,      -,       -,         -,       PROCEED
            star,      -,       -,         -,       PROCEED
            other,     -,       -,         -,       FAILED
            weak,      -,       -,         -,       FAILED
            malformed, -,       -,         -,       FAILED
            # If-Unmodified-Since, at one-second resolution
            -,         later,   -,         -,       PROCEED
            -,         same,    -,         -,       PROCEED
            -,         earlier, -,         -,       FAILED
            -,         secondBefore, -,    -,       FAILED
            -,         invalid, -,         -,       PROCEED
            # If-Match present: If-Unmodified-Since is not evaluated
            etag,      earlier, -,         -,       PROCEED
            other,     later,   -,         -,       FAILED
            # If-None-Match: weak comparison, * matches
            -,         -,       etag,      -,       NOT_MODIFIED
            -,         -,       weak,      -,       NOT_MODIFIED
            -,         -,       list,      -,       NOT_MODIFIED
            -,         -,       star,      -,       NOT_MODIFIED
            -,         -,       other,     -,       PROCEED
            -,         -,       malformed, -,       PROCEED
            # If-Modified-Since
            -,         -,       -,         same,    NOT_MODIFIED
            -,         -,       -,         later,   NOT_MODIFIED
            -,         -,       -,         earlier, PROCEED
            -,         -,       -,         secondBefore, PROCEED
            -,         -,       -,         invalid, PROCEED
            # If-None-Match present: If-Modified-Since is not evaluated
            -,         -,       other,     later,   PROCEED
            -,         -,       etag,      earlier, NOT_MODIFIED
            # a failed If-Match wins over a matching If-None-Match
            other,     -,       etag,      -,       FAILED
            -,         earlier, etag,      -,       FAILED
            etag,      -,       etag,      -,       NOT_MODIFIED
            etag,      -,       other,     -,       PROCEED
            """)
    void evaluatesInSection13Order(String ifMatch, String ifUnmodifiedSince, String ifNoneMatch,
            String ifModifiedSince, Precondition expected) {
        RequestHeaders headers = Fixtures.headers("-", "-", ifMatch, ifNoneMatch, ifModifiedSince, ifUnmodifiedSince);
        assertEquals(expected, Preconditions.evaluate(headers, Fixtures.FILE));
    }
}

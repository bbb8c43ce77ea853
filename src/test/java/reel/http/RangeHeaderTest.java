package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RangeHeaderTest {

    /** "whole", "416", or the resolved ranges as "first-last" joined by spaces. */
    static String describe(RangeRequest request) {
        if (request instanceof RangeRequest.Whole) {
            return "whole";
        }
        if (request instanceof RangeRequest.Unsatisfiable) {
            return "416";
        }
        return ((RangeRequest.Satisfiable) request).ranges().stream()
                .map(ByteRange::toString)
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "''{0}'' on {1} bytes -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # single ranges
            bytes=0-499                | 10000 | 0-499
            bytes=0-0                  | 10000 | 0-0
            bytes=500-999              | 10000 | 500-999
            bytes=9999-9999            | 10000 | 9999-9999
            bytes=0-                   | 10000 | 0-9999
            bytes=9500-                | 10000 | 9500-9999
            bytes=-500                 | 10000 | 9500-9999
            bytes=-1                   | 10000 | 9999-9999
            BYTES=0-1                  | 10000 | 0-1
            Bytes=0-1                  | 10000 | 0-1
            bytes=00000000000000000000000001-2 | 10000 | 1-2
            # clamped and whole-file answers that are still 206
            bytes=9500-20000           | 10000 | 9500-9999
            bytes=0-9223372036854775806 | 10000 | 0-9999
            bytes=-10000               | 10000 | 0-9999
            bytes=-20000               | 10000 | 0-9999
            bytes=0-999999999999999999 | 10000 | 0-9999
            bytes=0-9223372036854775807 | 10000 | 0-9999
            # large files: positions past 2 GiB and 4 GiB
            bytes=3221225000-          | 3221225472 | 3221225000-3221225471
            bytes=-100                 | 3221225472 | 3221225372-3221225471
            bytes=2147483647-2147483648 | 3221225472 | 2147483647-2147483648
            bytes=4294967296-4294967299 | 5000000000 | 4294967296-4294967299
            # several ranges: in the order asked, overlapping and adjacent ones coalesced in the place of the first
            bytes=0-0,-1               | 10000 | 0-0 9999-9999
            bytes=500-600,601-999      | 10000 | 500-999
            bytes=500-700,601-999      | 10000 | 500-999
            bytes=0-9,20-29            | 10000 | 0-9 20-29
            bytes=20-29,0-9            | 10000 | 20-29 0-9
            bytes=40-49,0-9,5-20       | 10000 | 40-49 0-20
            bytes=5-14,100000-100009,0-2 | 200000 | 5-14 100000-100009 0-2
            bytes=-1,0-0               | 10000 | 9999-9999 0-0
            bytes=0-9,0-9              | 10000 | 0-9
            bytes=0-9, 20-29 ,  40-49  | 10000 | 0-9 20-29 40-49
            bytes=0-9,,20-29,          | 10000 | 0-9 20-29
            bytes=0-9,	20-29          | 10000 | 0-9 20-29
            bytes=-5,0-4               | 10    | 0-9
            # unsatisfiable parts are dropped while any part is satisfiable
            bytes=0-1,20000-30000      | 10000 | 0-1
            bytes=-0,5-6               | 10000 | 5-6
            # nothing satisfiable: 416
            bytes=10000-               | 10000 | 416
            bytes=10000-10001          | 10000 | 416
            bytes=20000-               | 10000 | 416
            bytes=-0                   | 10000 | 416
            bytes=-0,10000-            | 10000 | 416
            bytes=1-1                  | 1     | 416
            bytes=9223372036854775807- | 10000 | 416
            # §14.1.1 puts no limit on digits: a first-pos past a long's range is past the end of any file
            bytes=9223372036854775808- | 10000 | 416
            bytes=99999999999999999999999999- | 10000 | 416
            bytes=99999999999999999999-99999999999999999999 | 10000 | 416
            bytes=0-1,99999999999999999999- | 10000 | 0-1
            # ... a last-pos past it means through the end, a suffix-length past it the whole file
            bytes=0-9223372036854775808 | 10000 | 0-9999
            bytes=5-000099999999999999999999 | 10000 | 5-9999
            bytes=-99999999999999999999 | 10000 | 0-9999
            # ignored: unknown unit, malformed syntax, empty representation
            items=0-1                  | 10000 | whole
            bytes                      | 10000 | whole
            bytes=                     | 10000 | whole
            bytes=,                    | 10000 | whole
            =0-1                       | 10000 | whole
            bytes=-                    | 10000 | whole
            bytes=5-2                  | 10000 | whole
            bytes=0-1,5-2              | 10000 | whole
            bytes=+1-2                 | 10000 | whole
            bytes=1-+2                 | 10000 | whole
            bytes=--1                  | 10000 | whole
            bytes=-1-2                 | 10000 | whole
            bytes=0 - 1                | 10000 | whole
            bytes=0- 1                 | 10000 | whole
            bytes =0-1                 | 10000 | whole
            bytes=a-b                  | 10000 | whole
            bytes=0x10-0x20            | 10000 | whole
            bytes=1.5-2                | 10000 | whole
            bytes=0-1;foo              | 10000 | whole
            bytes=0-1 2-3              | 10000 | whole
            bytes=0-1,bytes=2-3        | 10000 | whole
            bytes=99999999999999999999-99999999999999999998 | 10000 | whole
            bytes=00000000000000000000010-9 | 10000 | whole
            bytes=0-1                  | 0     | whole
            bytes=-1                   | 0     | whole
            """)
    void evaluatesRangeHeader(String header, long completeLength, String expected) {
        assertEquals(expected, describe(RangeHeader.evaluate(header, completeLength)));
    }

    @Test
    void absentHeaderMeansWholeRepresentation() {
        assertEquals("whole", describe(RangeHeader.evaluate(Optional.empty(), 100)));
    }

    @Test
    void sixteenRangesAreServedAsMultipart() {
        assertEquals(16, ((RangeRequest.Satisfiable) RangeHeader.evaluate(spacedRanges(16), 10000)).ranges().size());
    }

    @Test
    void seventeenDisjointRangesAreRefusedRatherThanMultiplyingTheResponse() {
        assertEquals("416", describe(RangeHeader.evaluate(spacedRanges(17), 10000)));
    }

    /** reel.max-ranges replaces the default; the limit counts ranges after coalescing. */
    @ParameterizedTest(name = "{0} disjoint ranges, at most {1} -> {2}")
    @CsvSource(textBlock = """
            1,    1,    1
            2,    1,    416
            4,    4,    4
            5,    4,    416
            17,   1000, 17
            1000, 1000, 1000
            """)
    void theRangeLimitIsTheConfiguredOne(int ranges, int maxRanges, String expected) {
        RangeRequest request = RangeHeader.evaluate(spacedRanges(ranges), 100_000, maxRanges);
        String outcome = request instanceof RangeRequest.Satisfiable satisfiable
                ? String.valueOf(satisfiable.ranges().size()) : describe(request);
        assertEquals(expected, outcome);
    }

    @Test
    void aLimitBelowOneIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> RangeHeader.evaluate("bytes=0-1", 100, 0));
    }

    @Test
    void manyRangesThatCoalesceIntoFewAreServed() {
        String header = "bytes=" + String.join(",", Collections.nCopies(500, "0-99"));
        assertEquals("0-99", describe(RangeHeader.evaluate(header, 10000)));
    }

    @Test
    void coalescingKeepsDisjointRangesApartInTheOrderAsked() {
        List<ByteRange> merged = RangeHeader.coalesce(List.of(new ByteRange(30, 39),
                new ByteRange(10, 19), new ByteRange(0, 4), new ByteRange(5, 9)));
        assertEquals(List.of(new ByteRange(30, 39), new ByteRange(0, 19)), merged);
    }

    /** "bytes=0-0,10-10,20-20,..." with {@code count} disjoint ranges. */
    private static String spacedRanges(int count) {
        StringBuilder header = new StringBuilder("bytes=");
        for (int i = 0; i < count; i++) {
            header.append(i == 0 ? "" : ",").append(i * 10).append('-').append(i * 10);
        }
        return header.toString();
    }
}

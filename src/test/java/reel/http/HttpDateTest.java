package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpDateTest {

    @Test
    void formatsImfFixdateWithTwoDigitDayAndTruncatedSeconds() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDate.format(Instant.parse("1994-11-06T08:49:37.999Z")));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # the three formats of §5.6.7
            Sun, 06 Nov 1994 08:49:37 GMT   | 1994-11-06T08:49:37Z
            Sunday, 06-Nov-94 08:49:37 GMT  | 1994-11-06T08:49:37Z
            Sun Nov  6 08:49:37 1994        | 1994-11-06T08:49:37Z
            Thu, 01 Jan 1970 00:00:00 GMT   | 1970-01-01T00:00:00Z
            Wed, 01 May 2024 10:00:00 GMT   | 2024-05-01T10:00:00Z
            Tuesday, 01-Jan-30 00:00:00 GMT | 2030-01-01T00:00:00Z
            # not dates
            yesterday                       | -
            Sun, 06 Nov 1994 08:49:37 UTC   | -
            Mon, 06 Nov 1994 08:49:37 GMT   | -
            Sun, 31 Nov 1994 08:49:37 GMT   | -
            Sun, 06 Nov 1994 25:49:37 GMT   | -
            Sun, 06 Nov 1994 08:49:37 GMT, Mon, 07 Nov 1994 08:49:37 GMT | -
            1994-11-06T08:49:37Z            | -
            784111777                       | -
            """)
    void parses(String value, String expected) {
        Optional<Instant> parsed = HttpDate.parse(value);
        assertEquals(expected, parsed.map(Instant::toString).orElse("-"));
    }
}

package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteRangeTest {

    @ParameterizedTest(name = "{0}-{1} of {2}: length {3}, ''{4}''")
    @CsvSource(textBlock = """
            0,          0,          1,          1,          bytes 0-0/1
            0,          499,        10000,      500,        bytes 0-499/10000
            3221225000, 3221225471, 3221225472, 472,        bytes 3221225000-3221225471/3221225472
            0,          6442450943, 6442450944, 6442450944, bytes 0-6442450943/6442450944
            """)
    void knowsItsLengthAndContentRange(long first, long last, long completeLength, long length, String contentRange) {
        ByteRange range = new ByteRange(first, last);
        assertEquals(length, range.length());
        assertEquals(contentRange, range.contentRange(completeLength));
    }

    @ParameterizedTest(name = "{0}-{1} is refused")
    @CsvSource(textBlock = """
            -1, 5
            5,  4
            """)
    void refusesImpossibleRanges(long first, long last) {
        assertThrows(IllegalArgumentException.class, () -> new ByteRange(first, last));
    }
}

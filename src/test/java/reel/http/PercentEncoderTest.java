package reel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncoderTest {

    @ParameterizedTest(name = "{0} -> segment {1}, filename* {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # unreserved characters stand in both
            Ep-1_a.b~c.mp4  | Ep-1_a.b~c.mp4          | Ep-1_a.b~c.mp4
            # attr-char keeps some that a path segment must encode
            a+b&c!d#e$f.mp4 | a%2Bb%26c%21d%23e%24f.mp4 | a+b&c!d#e$f.mp4
            # spaces, slashes, percent signs and quotes never stand
            'a b/c%d"e'     | a%20b%2Fc%25d%22e       | a%20b%2Fc%25d%22e
            # UTF-8 octets, upper-case hex
            Café.mp4        | Caf%C3%A9.mp4           | Caf%C3%A9.mp4
            """)
    void encodesTheOctetsItsRuleRefuses(String text, String segment, String attrValue) {
        assertEquals(segment, PercentEncoder.encode(text, PercentEncoder::isUnreserved));
        assertEquals(attrValue, PercentEncoder.encode(text, PercentEncoder::isAttrChar));
    }
}

package reel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PercentEncodingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # left alone: slashes and unreserved characters
            /reel/                        | /reel/
            /reel/video/a-b_c.d~e.mp4     | /reel/video/a-b_c.d~e.mp4
            # encoded: what would change the meaning of the URL
            /reel/video/Test Pattern.mp4  | /reel/video/Test%20Pattern.mp4
            /reel/video/a;b.mp4           | /reel/video/a%3Bb.mp4
            /reel/video/100%.mp4          | /reel/video/100%25.mp4
            /reel/video/what?.mp4         | /reel/video/what%3F.mp4
            /reel/video/#1.mp4            | /reel/video/%231.mp4
            /reel/video/a+b.mp4           | /reel/video/a%2Bb.mp4
            # encoded: non-ASCII as UTF-8
            /reel/video/café.mp4          | /reel/video/caf%C3%A9.mp4
            /reel/browse/Ürlaub/          | /reel/browse/%C3%9Crlaub/
            """)
    void eachSegmentIsPercentEncodedAsUtf8(String path, String expected) {
        assertEquals(expected, PercentEncoding.path(path));
    }
}

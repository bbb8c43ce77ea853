package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reel.media.LibraryPath;

class UrlPathsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # unreserved characters stay as they are (RFC 3986 §2.3)
            Test-Pattern_1.0~x.mp4  | Test-Pattern_1.0~x.mp4
            # everything else is percent-encoded as UTF-8, hex in upper case (§2.1)
            Test Pattern.mp4        | Test%20Pattern.mp4
            a#b.mp4                 | a%23b.mp4
            a?b.mp4                 | a%3Fb.mp4
            100%.mp4                | 100%25.mp4
            a+b.mp4                 | a%2Bb.mp4
            a/b                     | a%2Fb
            a\\b                    | a%5Cb
            a;b=c.mp4               | a%3Bb%3Dc.mp4
            <script>.mp4            | %3Cscript%3E.mp4
            "it's".mp4              | %22it%27s%22.mp4
            Ürlaub.mp4              | %C3%9Crlaub.mp4
            日本.mp4                 | %E6%97%A5%E6%9C%AC.mp4
            🎬.mp4                  | %F0%9F%8E%AC.mp4
            ``                      | ``
            """)
    void encodesOneSegment(String name, String expected) {
        assertEquals(expected, UrlPaths.segment(name));
    }

    @Test
    void encodesEachSegmentOfAPath() {
        LibraryPath path = new LibraryPath(List.of("Shorts & more", "Ep 1?.mp4"));

        assertEquals("/Shorts%20%26%20more/Ep%201%3F.mp4", UrlPaths.path(path));
    }

    @Test
    void theRootIsEmpty() {
        assertEquals("", UrlPaths.path(LibraryPath.ROOT));
    }
}

package reel.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6266 / RFC 8187 field values for the names people give their videos. */
class ContentDispositionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # plain ASCII: both parameters carry it
            Test Pattern.mp4       | attachment; filename="Test Pattern.mp4"; filename*=UTF-8''Test%20Pattern.mp4
            a-b_c~d.mp4            | attachment; filename="a-b_c~d.mp4"; filename*=UTF-8''a-b_c~d.mp4
            # accents fold to ASCII in the fallback, exact in filename*
            Café.mp4               | attachment; filename="Cafe.mp4"; filename*=UTF-8''Caf%C3%A9.mp4
            Ñandú 2.webm           | attachment; filename="Nandu 2.webm"; filename*=UTF-8''%C3%91and%C3%BA%202.webm
            # no ASCII form: one replacement per character
            東京.mp4               | attachment; filename="__.mp4"; filename*=UTF-8''%E6%9D%B1%E4%BA%AC.mp4
            🎬 clip.mp4            | attachment; filename="_ clip.mp4"; filename*=UTF-8''%F0%9F%8E%AC%20clip.mp4
            # characters that would end or escape the quoted string, or name a path
            say "hi".mp4           | attachment; filename="say _hi_.mp4"; filename*=UTF-8''say%20%22hi%22.mp4
            back\\slash.mp4        | attachment; filename="back_slash.mp4"; filename*=UTF-8''back%5Cslash.mp4
            100%.mp4               | attachment; filename="100_.mp4"; filename*=UTF-8''100%25.mp4
            a;b,c.mp4              | attachment; filename="a;b,c.mp4"; filename*=UTF-8''a%3Bb%2Cc.mp4
            it's.mp4               | attachment; filename="it's.mp4"; filename*=UTF-8''it%27s.mp4
            """)
    void namesTheFileExactlyWithAnAsciiFallback(String fileName, String expected) {
        assertEquals(expected, ContentDisposition.attachment(fileName.replace("\\\\", "\\")));
    }

    @ParameterizedTest(name = "control character U+{0}")
    @CsvSource({"0009", "000A", "000D", "007F"})
    void controlCharactersNeverReachTheHeader(String codePoint) {
        String name = "a" + (char) Integer.parseInt(codePoint, 16) + "b.mp4";
        assertEquals("attachment; filename=\"a_b.mp4\"; filename*=UTF-8''a%" + codePoint.substring(2) + "b.mp4",
                ContentDisposition.attachment(name));
    }
}

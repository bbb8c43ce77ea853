package reel.subtitle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The encodings subtitle files come in, as bytes, and the text reel reads from them. */
class SubtitleTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UTF-8                      | 43 61 66 C3 A9                | Café
            UTF-8 with BOM             | EF BB BF 43 61 66 C3 A9       | Café
            UTF-16 BE with BOM         | FE FF 00 43 00 61 00 66 00 E9 | Café
            UTF-16 LE with BOM         | FF FE 43 00 61 00 66 00 E9 00 | Café
            Windows-1252 (not UTF-8)   | 43 61 66 E9 20 80             | Café €
            Windows-1252 after a BOM   | EF BB BF 43 61 66 E9          | Café
            empty                      | ''                            | ''
            """)
    void decodes(String encoding, String hexBytes, String expectedText) {
        byte[] bytes = HexFormat.of().parseHex(hexBytes.replace(" ", ""));
        assertEquals(expectedText, SubtitleText.decode(bytes));
    }

    @ParameterizedTest(name = "{0} round trip")
    @CsvSource({"UTF-8", "windows-1252"})
    void longTextRoundTrips(String charset) {
        String text = "00:00:01,000 --> 00:00:02,000\nÀ bientôt, Ça va? Größe ".repeat(200);
        assertEquals(text, SubtitleText.decode(text.getBytes(Charset.forName(charset))));
    }
}

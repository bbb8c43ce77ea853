package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            plain                          | plain
            ``                             | ``
            <script>alert(1)</script>      | &lt;script&gt;alert(1)&lt;/script&gt;
            Tom & Jerry                    | Tom &amp; Jerry
            &amp;                          | &amp;amp;
            "quoted"                       | &quot;quoted&quot;
            it's                           | it&#39;s
            " onmouseover="alert(1)        | &quot; onmouseover=&quot;alert(1)
            ' autofocus onfocus='x         | &#39; autofocus onfocus=&#39;x
            Ürlaub 🎬 100%                 | Ürlaub 🎬 100%
            """)
    void escapesTheFiveSpecialCharacters(String text, String expected) {
        assertEquals(expected, Html.text(text).html());
    }
}

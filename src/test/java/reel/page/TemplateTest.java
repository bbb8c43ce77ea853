package reel.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateTest {

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # every hole filled, with markup as it is
            <h1>{title}</h1>                     | title=Ep 1                 | <h1>Ep 1</h1>
            <a href="{href}">{name}</a>          | href=/a;name=<b>a</b>      | <a href="/a"><b>a</b></a>
            <h2 id="{id}">{heading}</h2>{id}     | id=v;heading=Videos        | <h2 id="v">Videos</h2>v
            {previous}{next}                     | previous=;next=            | ``
            <track{default}>                     | default= default           | <track default>
            <p>no holes</p>                      | ``                         | <p>no holes</p>
            ``                                   | ``                         | ``
            {a}{b2}{camelCase}                   | a=1;b2=2;camelCase=3       | 123
            """)
    void fillsEveryHole(String source, String fillings, String expected) {
        assertEquals(new Markup(expected), new Template(source).fill(parse(fillings)));
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # a hole left unfilled
            <h1>{title}</h1>                     | ``                         | unfilled holes [title]
            <a href="{href}">{name}</a>          | href=/a                    | unfilled holes [name]
            # a name the template lacks
            <h1>{title}</h1>                     | title=a;titel=b            | no holes named [titel]
            <p>no holes</p>                      | title=a                    | no holes named [title]
            # a misspelt name: the unfilled hole is reported first
            <h1>{title}</h1>                     | titel=b                    | unfilled holes [title]
            """)
    void refusesFillingsThatDoNotMatchTheHoles(String source, String fillings, String expectedMessage) {
        Template template = new Template(source);

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> template.fill(parse(fillings)));
        assertEquals(expectedMessage, refused.getMessage());
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            <h1>{ title }</h1>
            <h1>{Title}</h1>
            <h1>{1st}</h1>
            <h1>{the-title}</h1>
            <h1>{}</h1>
            <h1>{title</h1>
            <h1>title}</h1>
            <h1>{{title}}</h1>
            """)
    void refusesABraceThatIsNotAHole(String source) {
        assertThrows(IllegalArgumentException.class, () -> new Template(source));
    }

    @Test
    void textIsEscapedOnTheWayIn() {
        Template template = new Template("<a href=\"{href}\">{name}</a>");

        assertEquals("<a href=\"/a&quot; onclick=&quot;x\">&lt;script&gt;</a>",
                template.fill(Map.of("href", Html.text("/a\" onclick=\"x"), "name", Html.text("<script>"))).html());
    }

    @Test
    void joinsMarkupInOrder() {
        assertEquals(new Markup("<p>a</p>&amp;<p>b</p>"),
                Markup.join(new Markup("<p>a</p>"), Html.text("&"), Markup.EMPTY, new Markup("<p>b</p>")));
    }

    /** {@code "href=/a;name=b"}: each filling as markup, as written. */
    private static Map<String, Markup> parse(String fillings) {
        Map<String, Markup> parsed = new LinkedHashMap<>();
        if (fillings != null && !fillings.isEmpty()) {
            for (String filling : fillings.split(";")) {
                int equals = filling.indexOf('=');
                parsed.put(filling.substring(0, equals), new Markup(filling.substring(equals + 1)));
            }
        }
        return parsed;
    }
}

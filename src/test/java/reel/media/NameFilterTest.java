package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The filter box's rule, as reel.js applies it in the browser: folded words, each somewhere in the name.
 * How names fold is pinned, beside the search's folding, in {@link FoldingTest}.
 * Escapes such as {@code \u00a0} in the tables are Java's, so invisible characters stay readable.
 */
class NameFilterTest {

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\": {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # every word, anywhere in the name, in any order
            cafe           | Café de Flore          | true
            flore cafe     | Café de Flore          | true
            CAFÉ           | cafe                   | true
            ep 1           | Ep 10                  | true
            ep 1           | Episode                | false
            ep 1           | Episode 1              | true
            caf            | Café                   | true
            cafes          | Café                   | false
            ss             | Straße                 | false
            # as in reel.js, compatibility forms are letters of their own
            full           | Ｆｕｌｌ Ｗｉｄｔｈ          | false
            ｆｕｌｌ          | Ｆｕｌｌ Ｗｉｄｔｈ          | true
            file           | ﬁle                    | false
            # Korean: a syllable typed halfway finds the whole one; composed or decomposed alike
            한국           | 한국어 영화              | true
            하             | 한국어 영화              | true
            영화 한국어     | `\u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165 \u110b\u1167\u11bc\u1112\u116a` | true
            ㅎ             | 한국어 영화              | false
            # Turkish: the dotted capital finds i, the dotless ı does not
            istanbul       | İSTANBUL               | true
            isik           | Işık                   | false
            # blank text finds everything
            ``             | anything               | true
            `   `          | anything               | true
            # words split on any white space, as JavaScript's \\s
            `ep\u00a01`    | Ep 10                  | true
            `ep\t1`        | Ep 10                  | true
            # nothing is a pattern
            .*             | anything               | false
            a.c            | abc                    | false
            100%           | 100% done              | true
            """)
    void findsNamesHoldingEveryWord(String text, String name, boolean expected) {
        assertEquals(expected, NameFilter.of(text).matches(name));
    }

    @Test
    void keepsTheFoldedWords() {
        assertEquals(List.of("cafe", "de", "flore"), NameFilter.of("  Café  DE\u00a0flore ").words());
        assertEquals(NameFilter.EVERYTHING, NameFilter.of(" \t "));
    }

    @Test
    void aWordIsNeverEmptyOrSpaced() {
        assertThrows(IllegalArgumentException.class, () -> new NameFilter(List.of("")));
        assertThrows(IllegalArgumentException.class, () -> new NameFilter(List.of("a b")));
    }
}

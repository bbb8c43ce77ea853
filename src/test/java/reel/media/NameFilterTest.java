package reel.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The filter box's rule, as reel.js applies it in the browser: folded words, each somewhere in the name.
 * Escapes such as {@code \u00a0} in the tables are Java's, so invisible characters stay readable.
 */
class NameFilterTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # accents and case go
            Café                 | cafe
            CAFÉ                 | cafe
            Crème Brûlée         | creme brulee
            Ångström             | angstrom
            São Paulo            | sao paulo
            naïve                | naive
            İstanbul             | istanbul
            ÀÉÎÕÜ                | aeiou
            # already decomposed: e and U+0301
            `Cafe\u0301`         | cafe
            # letters that are not a base letter and a mark stay themselves
            Straße               | straße
            Łódź                 | łodz
            Ørsted               | ørsted
            ﬁle                  | ﬁle
            Ελληνικά             | ελληνικα
            日本語                | 日本語
            # marks outside U+0300–U+036F stay, as in reel.js
            が                   | か\u3099
            """)
    void foldsAsReelJsDoes(String text, String folded) {
        assertEquals(folded, NameFilter.fold(text));
    }

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

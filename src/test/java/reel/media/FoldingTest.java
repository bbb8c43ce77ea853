package reel.media;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both strengths side by side: the filter box's, which must stay what reel.js's {@code folded()} gives so
 * that a folder filtered by the server finds what the page's script finds, and the library search's, which
 * folds further. Every value in the browser column was checked against {@code folded()} in Node. Escapes
 * such as {@code \u0301} in the table are Java's, so invisible marks stay readable.
 */
class FoldingTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\" like the browser and to \"{2}\" for search")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # case and the Latin diacritics people leave out
            Café                 | cafe                 | cafe
            CAFÉ                 | cafe                 | cafe
            Crème Brûlée         | creme brulee         | creme brulee
            Ångström             | angstrom             | angstrom
            São Paulo            | sao paulo            | sao paulo
            naïve                | naive                | naive
            ÀÉÎÕÜ                | aeiou                | aeiou
            Đà Nẵng              | đa nang              | da nang
            Łódź                 | łodz                 | lodz
            # a combining mark typed apart, as macOS file systems store names
            `Cafe\u0301`         | cafe                 | cafe
            `A\u030a\u0301`      | a                    | a
            # Turkish: the dotted capital is I and a dot above; the dotless ı has no decomposition
            İstanbul             | istanbul             | istanbul
            Işık                 | isık                 | isik
            # letters without a decomposition: the browser keeps them, search spells them as people type
            Straße               | straße               | strasse
            GROẞE                | große                | grosse
            Æsir                 | æsir                 | aesir
            Œuvre                | œuvre                | oeuvre
            Ørsted               | ørsted               | orsted
            Øresund              | øresund              | oresund
            Þór                  | þor                  | thor
            Ħal Far              | ħal far              | hal far
            # compatibility forms, which only search decomposes: ligatures, full width, digraphs, fractions
            ﬁle                  | ﬁle                  | file
            ﬁlm ﬂow              | ﬁlm ﬂow              | film flow
            Ｆｕｌｌ Ｗｉｄｔｈ       | ｆｕｌｌ ｗｉｄｔｈ       | full width
            Ǆemal                | ǆemal                | dzemal
            ℌilbert              | ℌilbert              | hilbert
            ½                    | ½                    | 1⁄2
            Ⅻ                    | ⅻ                    | xii
            # Greek and Cyrillic: accents go; search also makes the final sigma a sigma
            ΟΔΟΣ                 | οδος                 | οδοσ
            Ελληνικά             | ελληνικα             | ελληνικα
            Ёлка                 | елка                 | елка
            Й                    | и                    | и
            # the marks go before the case is lowered, as in reel.js, so a sigma before U+0345 is still final
            `ΑΣ\u0345`           | ας                   | ασ
            # Korean: a syllable is its jamo, so composed and decomposed names fold alike
            한국어                | \u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165 | \u1112\u1161\u11ab\u1100\u116e\u11a8\u110b\u1165
            `\u1112\u1161\u11ab` | \u1112\u1161\u11ab   | \u1112\u1161\u11ab
            강남스타일             | \u1100\u1161\u11bc\u1102\u1161\u11b7\u1109\u1173\u1110\u1161\u110b\u1175\u11af | \u1100\u1161\u11bc\u1102\u1161\u11b7\u1109\u1173\u1110\u1161\u110b\u1175\u11af
            # a consonant typed alone is a compatibility jamo, a leading consonant only to search
            ㅎ                   | ㅎ                   | \u1112
            # Hebrew points and Arabic vowel marks: only search leaves them out
            שָׁלוֹם                | ש\u05b8\u05c1לו\u05b9ם | שלום
            كِتَاب                | ك\u0650ت\u064eاب     | كتاب
            # marks that spell a different word stay in both
            नमस्ते                | नमस्ते                | नमस्ते
            ภาษาไทย              | ภาษาไทย              | ภาษาไทย
            が                   | か\u3099             | か\u3099
            日本語                | 日本語                | 日本語
            # nothing to fold
            ``                   | ``                   | ``
            `  `                 | `  `                 | `  `
            """)
    void foldsLikeTheBrowserAndFurtherForSearch(String text, String likeTheBrowser, String forSearch) {
        assertAll(
                () -> assertEquals(likeTheBrowser, Folding.LIKE_THE_BROWSER.fold(text), "like the browser"),
                () -> assertEquals(forSearch, Folding.SEARCH.fold(text), "for search"),
                () -> assertEquals(forSearch, Folding.SEARCH.fold(likeTheBrowser),
                        "search goes on where the browser stops"));
    }

    @Test
    void theKanaVoicingMarkSpellsAnotherWord() {
        assertNotEquals(Folding.SEARCH.fold("がっこう"), Folding.SEARCH.fold("かっこう"));
        assertEquals(Folding.SEARCH.fold("がっこう"), Folding.SEARCH.fold("か\u3099っこう"),
                "composed and decomposed alike");
    }

    @ParameterizedTest
    @EnumSource(Folding.class)
    void composedAndDecomposedNamesFoldAlike(Folding folding) {
        // macOS file systems hand out decomposed names; Linux keeps whatever was written.
        assertAll(
                () -> assertEquals(folding.fold("Pok\u00e9mon"), folding.fold("Poke\u0301mon")),
                () -> assertEquals(folding.fold("\ud55c\uad6d"), folding.fold("\u1112\u1161\u11ab\u1100\u116e\u11a8")));
    }
}

package reel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

    @ParameterizedTest(name = "{0} folds to {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # case and the Latin diacritics people leave out
            Café                | cafe
            CAFÉ                | cafe
            Cafe\u0301          | cafe
            Crème Brûlée        | creme brulee
            Ångström            | angstrom
            Đà Nẵng             | da nang
            Łódź                | lodz
            İstanbul            | istanbul
            Işık                | isik
            # letters without a decomposition, spelled as people type them
            Straße              | strasse
            GROẞE               | grosse
            Æsir                | aesir
            Œuvre               | oeuvre
            Øresund             | oresund
            Þór                 | thor
            Ħal Far             | hal far
            # compatibility forms: ligatures, full width, digraphs, fractions
            ﬁlm ﬂow             | film flow
            Ｆｕｌｌ Ｗｉｄｔｈ      | full width
            Ǆemal               | dzemal
            ℌilbert             | hilbert
            ½                   | 1⁄2
            # Greek and Cyrillic: accents go, the final sigma is a sigma
            ΟΔΟΣ                | οδοσ
            Ελληνικά            | ελληνικα
            Ёлка                | елка
            Й                   | и
            # optional points in Hebrew and Arabic go; the letters stay
            שָׁלוֹם               | שלום
            كِتَاب               | كتاب
            # marks that spell a different word stay
            नमस्ते               | नमस्ते
            ภาษาไทย             | ภาษาไทย
            """)
    void foldsCaseAccentsAndCompatibilityForms(String text, String folded) {
        assertEquals(folded, Folding.fold(unescape(text)));
    }

    @Test
    void theKanaVoicingMarkSpellsAnotherWord() {
        assertNotEquals(Folding.fold("がっこう"), Folding.fold("かっこう"));
        assertEquals(Folding.fold("がっこう"), Folding.fold("か\u3099っこう"), "composed and decomposed alike");
    }

    @Test
    void composedAndDecomposedNamesFoldAlike() {
        // macOS file systems hand out decomposed names; Linux keeps whatever was written.
        assertEquals(Folding.fold("Pok\u00e9mon"), Folding.fold("Poke\u0301mon"));
    }

    /** Lets a table row spell an invisible combining mark as {@code \\u0301}. */
    private static String unescape(String text) {
        StringBuilder plain = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\u", i)) {
                plain.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                plain.append(text.charAt(i));
            }
        }
        return plain.toString();
    }
}

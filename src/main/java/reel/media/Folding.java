package reel.media;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Names as matching compares them: decomposed, in lower case, without the accents people leave out when
 * they type, so {@code cafe} finds {@code Café}. One way of folding at two strengths, each kept for a
 * caller that depends on it: the filter box must find exactly what the page's script finds, and the
 * library search may go further. Every strength decomposes, leaves out some marks, lowers the case in no
 * particular locale and spells some letters out.
 */
public enum Folding {

    /**
     * What reel.js's {@code folded()} does, {@code normalize("NFD").replace(/[\u0300-\u036f]/g, "")
     * .toLowerCase()}: canonical decomposition (NFD) and the combining diacritical marks U+0300–U+036F
     * dropped, then lower case. Ligatures, full-width letters and {@code ß} stay themselves.
     */
    LIKE_THE_BROWSER(Normalizer.Form.NFD, Folding::isBasicDiacritic, Map.of()),

    /**
     * For the library search, so {@code strasse} finds {@code Straße}: compatibility decomposition (NFKD,
     * which also splits ligatures such as {@code ﬁ} and turns full-width {@code Ｆ} into {@code F}), the
     * optional marks dropped (see {@link #isOptionalMark}) and the letters that have no decomposition
     * spelled as people type them. A superset of {@link #LIKE_THE_BROWSER}.
     */
    SEARCH(Normalizer.Form.NFKD, Folding::isOptionalMark, Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ħ', "h"), Map.entry('ı', "i"), Map.entry('ŀ', "l"), Map.entry('ς', "σ")));

    private static final Set<Character.UnicodeBlock> DIACRITICS = Set.of(
            Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS,
            Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS_EXTENDED,
            Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS_SUPPLEMENT,
            Character.UnicodeBlock.COMBINING_MARKS_FOR_SYMBOLS,
            Character.UnicodeBlock.COMBINING_HALF_MARKS);
    private static final Set<Character.UnicodeBlock> OPTIONAL_POINTS = Set.of(
            Character.UnicodeBlock.HEBREW, Character.UnicodeBlock.ARABIC);

    private final Normalizer.Form decomposition;
    private final IntPredicate leavesOut;
    private final Map<Character, String> spelled;

    Folding(Normalizer.Form decomposition, IntPredicate leavesOut, Map<Character, String> spelled) {
        this.decomposition = decomposition;
        this.leavesOut = leavesOut;
        this.spelled = spelled;
    }

    public String fold(String text) {
        String decomposed = Normalizer.normalize(text, decomposition);
        // Marks go before the case is lowered, as in reel.js: one can decide whether a sigma is final
        // (Σ then U+0345). The case is lowered before letters are spelled, as NFKD can give capitals (ℌ to H).
        return spelledOut(withoutMarks(decomposed).toLowerCase(Locale.ROOT));
    }

    // UTF-16 units, as JavaScript's string functions see them: every mark and letter named here is in the
    // Basic Multilingual Plane, so no surrogate pair is ever split.
    private String withoutMarks(String decomposed) {
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!leavesOut.test(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private String spelledOut(String lowerCase) {
        if (spelled.isEmpty()) {
            return lowerCase;
        }
        StringBuilder spelledText = new StringBuilder(lowerCase.length());
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = lowerCase.charAt(i);
            String spelling = spelled.get(c);
            if (spelling == null) {
                spelledText.append(c);
            } else {
                spelledText.append(spelling);
            }
        }
        return spelledText.toString();
    }

    private static boolean isBasicDiacritic(int c) {
        return c >= '\u0300' && c <= '\u036f';
    }

    /**
     * Marks that writers leave out: the Latin, Greek and Cyrillic diacritics (the combining diacritical
     * blocks), Hebrew points and Arabic vowel marks. Marks that spell a different word, such as the kana
     * voicing mark ({@code が} is not {@code か}) or Indic vowel signs, stay.
     */
    private static boolean isOptionalMark(int c) {
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return DIACRITICS.contains(block) || OPTIONAL_POINTS.contains(block);
    }
}

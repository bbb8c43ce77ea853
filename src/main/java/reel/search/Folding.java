package reel.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Text as search compares it: lower case, without the accents people leave out when they type, so
 * {@code cafe} finds {@code Café} and {@code strasse} finds {@code Straße}. Steps: compatibility
 * decomposition (NFKD, which also splits ligatures such as {@code ﬁ} and turns full-width {@code Ｆ}
 * into {@code F}), lower case in no particular locale, then the optional marks dropped and the letters
 * that have no decomposition spelled as people type them ({@code ß ss}, {@code æ ae}, {@code œ oe},
 * {@code ø o}, {@code ł l}, {@code đ d}, {@code þ th}, dotless {@code ı i}, final {@code ς σ}).
 *
 * <p>Only marks that writers leave out are dropped: the Latin, Greek and Cyrillic diacritics (the
 * combining diacritical blocks), Hebrew points and Arabic vowel marks. Marks that spell a different word,
 * such as the kana voicing mark ({@code が} is not {@code か}) or Indic vowel signs, stay. The page
 * script's filter ({@code folded()} in reel.js) drops only U+0300–U+036F; this is a superset of it.
 */
public final class Folding {

    private static final Map<Character, String> SPELLED = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ħ', "h"), Map.entry('ı', "i"), Map.entry('ŀ', "l"), Map.entry('ς', "σ"));
    private static final Set<Character.UnicodeBlock> DIACRITICS = Set.of(
            Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS,
            Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS_EXTENDED,
            Character.UnicodeBlock.COMBINING_DIACRITICAL_MARKS_SUPPLEMENT,
            Character.UnicodeBlock.COMBINING_MARKS_FOR_SYMBOLS,
            Character.UnicodeBlock.COMBINING_HALF_MARKS);
    private static final Set<Character.UnicodeBlock> OPTIONAL_POINTS = Set.of(
            Character.UnicodeBlock.HEBREW, Character.UnicodeBlock.ARABIC);

    private Folding() {
    }

    public static String fold(String text) {
        // Lower case after decomposing: NFKD can give capitals, as in ℌ (black-letter H) to H.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isOptionalMark(c)) {
                String spelled = SPELLED.get(c);
                if (spelled == null) {
                    folded.append(c);
                } else {
                    folded.append(spelled);
                }
            }
        }
        return folded.toString();
    }

    private static boolean isOptionalMark(char c) {
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
            return false;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return DIACRITICS.contains(block) || OPTIONAL_POINTS.contains(block);
    }
}
